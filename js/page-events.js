// What the page tells every widget: it is being stored (forget the patient),
// it woke up (kiosk idle check), the browser's voices changed («Les opp»).
import { live } from './fallback.js';
import { speech } from './read-aloud.js';

export function listenToPage() {
  // Back/forward cache: every widget forgets its patient before the page is stored.
  addEventListener('pagehide', () => {
    for (const element of live) element.forget();
  });
  // A kiosk that slept, or a tab that was hidden or frozen, checks its idle
  // time at once on waking (its ticks stopped meanwhile; src/ui/app.rs).
  const wake = () => {
    for (const element of live) element.wake();
  };
  for (const type of ['pageshow', 'focus']) addEventListener(type, wake);
  for (const type of ['visibilitychange', 'resume']) document.addEventListener(type, wake);
  // Chromium lists its voices only after this event.
  speech?.addEventListener?.('voiceschanged', () => {
    for (const element of live) element.voicesChanged();
  });
}
