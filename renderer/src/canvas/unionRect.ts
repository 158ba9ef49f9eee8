// The drawing's union of boxes is the layout's (shared/layout); the canvas names it for its Rects.
export { unionBox as unionRect } from '../../../shared/layout/unionBox';
