/**
 * Browser code of components/glossary/CopyButton.astro: shows the button where
 * the clipboard API exists and copies the link or citation. Without it the
 * text stays on the page to select by hand.
 */
class CopyButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const status = this.querySelector('.copy-button__status');
    if (!button || !status || !navigator.clipboard) return;
    button.hidden = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(this.dataset.copy ?? '');
        status.textContent = '已复制';
      } catch {
        status.textContent = '无法复制，请手动选取';
      }
      clearTimeout(timer);
      timer = setTimeout(() => (status.textContent = ''), 3000);
    });
  }
}
if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
