/**
 * The Web Worker that works out a whole scenario's tornado: at England's scale it costs the
 * scenario about eighty times, far too long to hold the window still.
 */
import { answerTornado, type TornadoAnswer, type TornadoRequest } from './tornadoMessages';

self.onmessage = (event: MessageEvent<TornadoRequest>) => {
  (self as unknown as { postMessage(m: TornadoAnswer): void }).postMessage(
    answerTornado(event.data),
  );
};
