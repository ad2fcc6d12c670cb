/**
 * Browser code of the cities overview (components/cities/CityIndex.astro):
 * sortable columns and the filter box. The table works without it.
 */
import { matchesFilter, sortOrder, type SortDirection, type SortType } from '../lib/cities/table-sort.ts';

const table = document.querySelector<HTMLTableElement>('[data-city-table]');
const form = document.querySelector<HTMLFormElement>('[data-city-filter]');
if (table && form) {
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const headers = [...table.tHead!.rows[0]!.cells] as HTMLTableCellElement[];

  // Sortable columns: each header becomes a button; aria-sort tells the current order.
  headers.forEach((th, column) => {
    const type = th.dataset.sortType as SortType | undefined;
    if (!type) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'city-table__sort';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const direction: SortDirection = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', direction);
      const values = rows.map((row) => row.cells[column]!.dataset.sortValue ?? row.cells[column]!.textContent ?? '');
      for (const index of sortOrder(values, type, direction)) body.append(rows[index]!);
    });
  });

  // Filter: text box, region and circle.
  const output = form.elements.namedItem('count') as HTMLOutputElement;
  const apply = () => {
    const data = new FormData(form);
    const filter = { text: String(data.get('text') ?? ''), region: String(data.get('region') ?? ''), circle: String(data.get('circle') ?? '') };
    let shown = 0;
    for (const row of rows) {
      const visible = matchesFilter(
        { search: row.dataset.search ?? '', region: row.dataset.region ?? '', circles: (row.dataset.circles ?? '').split(' ').filter(Boolean) },
        filter,
      );
      row.hidden = !visible;
      if (visible) shown++;
    }
    output.value = `显示 ${shown} / ${rows.length} 个城市`;
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  // After the reset has cleared the fields.
  form.addEventListener('reset', () => setTimeout(apply));
  form.hidden = false;
  apply();
}
