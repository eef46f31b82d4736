import type { ComponentChildren } from 'preact';

/** One row: its header cell (the thing the row is about) and its other cells, in column order. */
export interface DataRow {
  key: string;
  header: ComponentChildren;
  cells: ComponentChildren[];
}

export interface DataTableProps {
  /** Names the scrolling region for assistive technology, such as "Modules". */
  label: string;
  /** Column headings; the first heads the row headers. */
  columns: string[];
  rows: DataRow[];
}

/**
 * The dashboard's tables (modules, topics, attempts): column headings, one row header per row, and
 * a labelled region that scrolls sideways on its own when the table is wider than the screen
 * (it takes focus, so the arrow keys scroll it too).
 */
export function DataTable({ label, columns, rows }: DataTableProps) {
  return (
    <div role="region" aria-label={label} tabIndex={0}>
      <table>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
