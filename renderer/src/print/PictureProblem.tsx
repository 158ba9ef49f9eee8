/**
 * What a printed report or handout says in place of a canvas picture that could not be drawn:
 * a blank frame would read as an empty canvas, so the reason is printed instead.
 */

export function pictureProblemSentence(reason: string): string {
  const why = reason.trim().replace(/[.\s]+$/, '');
  return `The canvas picture could not be drawn, so it is not printed here (${why || 'no reason was given'}). The figures below are not affected.`;
}

export function PictureProblem({ reason }: { readonly reason: string }) {
  return (
    <p className="report-picture-problem" role="note">
      {pictureProblemSentence(reason)}
    </p>
  );
}

/** The words of an error (an Error or a DOMException, such as decode()'s EncodingError), for pictureProblemSentence. */
export function problemOf(error: unknown): string {
  if (
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string'
  )
    return error.message;
  return String(error);
}

/**
 * Waits until the picture is decoded; null when it is, otherwise why not. The picture must be
 * decoded before printing, or the PDF gets an empty frame.
 */
export async function decodeProblem(img: HTMLImageElement): Promise<string | null> {
  try {
    await img.decode();
    return null;
  } catch (error) {
    return problemOf(error);
  }
}
