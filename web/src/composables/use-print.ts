/**
 * Prints only the `.print-card` on the page (an invitation, recovery codes):
 * styles-pages.css hides everything else while `body.printing-card` is set.
 */
export function printOnly(): void {
  document.body.classList.add('printing-card');
  const done = () => {
    document.body.classList.remove('printing-card');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
  // Some browsers fire no afterprint; print() blocks until the dialog closes anyway.
  setTimeout(done, 1000);
}
