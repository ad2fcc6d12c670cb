/**
 * Hover and focus cards for the glossary and city links in document pages.
 * The link carries its card's text (data-card-title, data-card-text), so no
 * request is needed. Keyboard: focus shows, Escape hides. Touch: the first tap
 * shows the card (with a link to the entry), a second tap follows the link.
 * Without JavaScript these are plain links.
 */
const SELECTOR = 'a[data-card-title]';
let card: HTMLElement | undefined;
let current: HTMLAnchorElement | undefined;
let hideTimer: number | undefined;
let lastPointer = 'mouse';

function ensureCard(): HTMLElement {
  if (card) return card;
  card = document.createElement('div');
  card.id = 'term-card';
  card.className = 'term-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  card.addEventListener('pointerenter', () => window.clearTimeout(hideTimer));
  card.addEventListener('pointerleave', () => scheduleHide());
  document.body.append(card);
  return card;
}

function show(link: HTMLAnchorElement) {
  window.clearTimeout(hideTimer);
  const el = ensureCard();
  current?.removeAttribute('aria-describedby');
  current = link;
  el.replaceChildren();
  const title = document.createElement('p');
  title.className = 'term-card__title';
  title.textContent = link.dataset.cardTitle ?? '';
  const text = document.createElement('p');
  text.className = 'term-card__text';
  text.textContent = link.dataset.cardText ?? '';
  // The site's own definition says so, as on the entry page; a quoted one names its source and links the quotation.
  const label = link.dataset.cardLabel ? document.createElement('p') : undefined;
  if (label) {
    label.className = 'term-card__label';
    label.textContent = link.dataset.cardLabel!;
  }
  const cite = link.dataset.cardCite ? document.createElement('p') : undefined;
  if (cite) {
    cite.className = 'term-card__cite';
    const source = document.createElement('a');
    source.href = link.dataset.cardCiteUrl ?? link.href;
    source.textContent = `——${link.dataset.cardCite}`;
    cite.append(source);
  }
  const more = document.createElement('a');
  more.href = link.href;
  more.className = 'term-card__more';
  more.textContent = link.classList.contains('city-link') ? '查看城市页 →' : '查看词条 →';
  el.append(...[title, label, text, cite, more].filter((node) => node !== undefined));
  el.hidden = false;
  link.setAttribute('aria-describedby', el.id);
  const rect = link.getBoundingClientRect();
  const width = Math.min(320, window.innerWidth - 16);
  el.style.width = `${width}px`;
  el.style.left = `${Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + window.innerWidth - width - 8))}px`;
  el.style.top = `${rect.bottom + window.scrollY + 6}px`;
}

function hide() {
  if (card) card.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = undefined;
}

function scheduleHide() {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 200);
}

const linkOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<HTMLAnchorElement>(SELECTOR) ?? undefined;

/**
 * Whether the tapped link's card was open before the tap began. The tap
 * focuses the link (focusin opens its card) before the click arrives, so the
 * click alone cannot tell a first tap from a second.
 */
let cardOpenBeforeTap = false;
document.addEventListener('pointerdown', (event) => {
  lastPointer = event.pointerType;
  const link = linkOf(event.target);
  cardOpenBeforeTap = link !== undefined && current === link && card !== undefined && !card.hidden;
  // A tap or click elsewhere closes the card.
  if (!link && card && !card.hidden && !card.contains(event.target as Node)) hide();
});
document.addEventListener('pointerover', (event) => {
  const link = linkOf(event.target);
  if (link && event.pointerType === 'mouse') show(link);
});
document.addEventListener('pointerout', (event) => {
  if (linkOf(event.target) && event.pointerType === 'mouse') scheduleHide();
});
document.addEventListener('focusin', (event) => {
  const link = linkOf(event.target);
  if (link) show(link);
  else if (!card?.contains(event.target as Node)) hide();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && card && !card.hidden) hide();
});
document.addEventListener('click', (event) => {
  const link = linkOf(event.target);
  if (!link || lastPointer !== 'touch') return;
  // First tap: show the card (it links to the entry); a second tap on the same link follows it.
  if (!cardOpenBeforeTap) {
    event.preventDefault();
    show(link);
  }
});
