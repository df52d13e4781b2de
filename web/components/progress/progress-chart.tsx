/**
 * The progress graph as the server drew it, with its status sentence as the caption. The SVG string comes
 * from our own core/charts code, which escapes every text it writes and gives the image role="img" with a
 * title and a description; it is inserted as markup so the browser draws it as crisp vector lines. Its time axis
 * runs left to right in every language, Arabic too (`dir="ltr"`, docs/decisions/0049); its caption follows the page.
 */
export function ProgressChart({ svg, caption }: { svg: string; caption: string }) {
  return (
    <figure className="progress-chart">
      <div className="progress-chart-image" dir="ltr" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
