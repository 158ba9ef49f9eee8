// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileDropOverlay, dropMessage } from '../../renderer/src/files/FileDropOverlay';
import { useFileDrop } from '../../renderer/src/files/useFileDrop';
import { PALETTE_MIME } from '../../renderer/src/palette/paletteItems';

// The window-wide file drop: it reacts only to drags carrying files, so the palette's own drags
// onto the canvas pass through untouched; the overlay says what a drop will do.

afterEach(cleanup);

function Harness({ onDrop }: { readonly onDrop: (files: readonly File[]) => void }) {
  const drag = useFileDrop(onDrop);
  return drag ? <FileDropOverlay drag={drag} scenarioName="Option B" library /> : null;
}

/** A drag event as a browser sends it: jsdom has no DataTransfer, so a stand-in with the same shape. */
function dragEvent(type: string, data: { types: string[]; files?: File[] }): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  const files = data.files ?? [];
  Object.defineProperty(event, 'dataTransfer', {
    value: {
      types: data.types,
      files,
      items: files.map((f) => ({ kind: 'file', type: f.type })),
      dropEffect: 'none',
    },
  });
  Object.defineProperty(event, 'relatedTarget', { value: null });
  return event;
}

describe('useFileDrop', () => {
  it('leaves a palette drag alone: no overlay, the event is not taken', () => {
    const onDrop = vi.fn();
    render(<Harness onDrop={onDrop} />);
    const over = dragEvent('dragover', { types: [PALETTE_MIME] });
    act(() => void window.dispatchEvent(over));
    expect(over.defaultPrevented).toBe(false);
    expect(screen.queryByRole('status')).toBeNull();
    const drop = dragEvent('drop', { types: [PALETTE_MIME] });
    act(() => void window.dispatchEvent(drop));
    expect(drop.defaultPrevented).toBe(false);
    expect(onDrop).not.toHaveBeenCalled();
  });

  it('shows the overlay while a file is over the window and hands the dropped files over', () => {
    const onDrop = vi.fn();
    render(<Harness onDrop={onDrop} />);
    const file = new File(['a,b'], 'practices.csv', { type: 'text/csv' });
    const over = dragEvent('dragover', { types: ['Files'], files: [file] });
    act(() => void window.dispatchEvent(over));
    expect(over.defaultPrevented).toBe(true);
    expect(screen.getByRole('status').textContent).toMatch(
      /^Drop to import the practice list: .* added to “Option B”\.$/,
    );

    const drop = dragEvent('drop', { types: ['Files'], files: [file] });
    act(() => void window.dispatchEvent(drop));
    expect(drop.defaultPrevented).toBe(true);
    expect(onDrop).toHaveBeenCalledWith([file]);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('hides the overlay when the drag leaves the window', () => {
    render(<Harness onDrop={vi.fn()} />);
    act(
      () =>
        void window.dispatchEvent(
          dragEvent('dragenter', { types: ['Files'], files: [new File([''], 'x.ccgm')] }),
        ),
    );
    expect(screen.getByRole('status')).toBeTruthy();
    act(() => void window.dispatchEvent(dragEvent('dragleave', { types: ['Files'] })));
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('dropMessage', () => {
  it('says one file at a time for several files', () => {
    expect(dropMessage({ drag: { count: 3, type: '' }, scenarioName: 'A', library: true })).toBe(
      '3 files: drop one file at a time.',
    );
  });
  it('without a library a workspace is opened rather than added', () => {
    expect(
      dropMessage({ drag: { count: 1, type: '' }, scenarioName: 'A', library: false }),
    ).toMatch(/a \.ccgm workspace is opened;/);
  });
});
