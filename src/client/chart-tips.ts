/**
 * Chart tips: a styled tip for the value under the pointer (or the finger).
 * Without JavaScript each mark still has its SVG <title>, which browsers show
 * on hover; with it, the titles become data and one tip follows the pointer.
 */
const tip = document.createElement('div');
tip.className = 'chart-tip';
tip.setAttribute('role', 'status');
tip.hidden = true;

function enhance(chart: Element) {
  for (const title of chart.querySelectorAll('svg title')) {
    const mark = title.parentElement;
    if (!mark) continue;
    mark.setAttribute('data-tip', title.textContent ?? '');
    title.remove();
  }
}

function place(event: PointerEvent, text: string) {
  if (!tip.isConnected) document.body.append(tip);
  tip.textContent = text;
  tip.hidden = false;
  const x = Math.min(event.pageX + 12, window.scrollX + window.innerWidth - tip.offsetWidth - 8);
  tip.style.left = `${Math.max(window.scrollX + 8, x)}px`;
  tip.style.top = `${event.pageY + 14}px`;
}

const charts = document.querySelectorAll('.doc-figure__chart');
charts.forEach(enhance);
if (charts.length) {
  document.addEventListener('pointermove', (event) => {
    const mark = (event.target as Element | null)?.closest?.('.doc-figure__chart [data-tip]');
    if (mark) place(event, mark.getAttribute('data-tip')!);
    else tip.hidden = true;
  });
  document.addEventListener('pointerdown', (event) => {
    const mark = (event.target as Element | null)?.closest?.('.doc-figure__chart [data-tip]');
    if (mark && event.pointerType !== 'mouse') place(event, mark.getAttribute('data-tip')!);
  });
}
