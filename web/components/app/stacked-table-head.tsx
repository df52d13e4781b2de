/**
 * The column headings of a `stacked-table`. On a narrow screen the table becomes cards and this row is hidden,
 * so each cell repeats its heading in a `cell-label`; pass the same headings to both.
 */
export function StackedTableHead({ headings }: { headings: readonly string[] }) {
  return (
    <thead>
      <tr>
        {headings.map((heading) => (
          <th key={heading} scope="col">
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}
