// Read aloud («Les opp»): on-device voices only.
//
// The wasm shows the button (src/ui/display.rs) when this loader has told it
// which languages have a voice whose `localService` is true: a network voice
// sends the text to a cloud service, and the patient's answers must not leave
// the device. Strict on language too: a bokmål voice mangles nynorsk.
import { VOICE_TAGS } from './loader-data.mjs';

export const speech =
  typeof speechSynthesis === 'object' && speechSynthesis && typeof SpeechSynthesisUtterance === 'function'
    ? speechSynthesis
    : null;

function localVoice(lang) {
  const tags = VOICE_TAGS[lang] ?? [];
  return speech?.getVoices().find((v) => v.localService === true && tags.includes(String(v.lang).toLowerCase().split(/[-_]/)[0]));
}

/** The widget languages with an on-device voice, as the wasm parses them ("nb en"). */
export const localVoiceLangs = () => Object.keys(VOICE_TAGS).filter(localVoice).join(' ');

/** Stops our speech; set while one widget speaks. */
export let stopSpeaking = null;

/**
 * Reads the screen of `button`'s widget aloud: what it shows below the header
 * and the controls, line by line (long utterances stall in some browsers).
 * Any change to the screen (next question, idle warning, kiosk reset) stops it:
 * the next patient must not hear the last one's answers.
 */
export function readAloud(button, root) {
  stopSpeaking?.();
  const section = button.closest('section');
  const voice = localVoice(section?.lang);
  if (!voice) return; // the voice went away: say nothing rather than use another
  const text = [...section.children]
    .filter((e) => !e.matches('header, .rs-tools'))
    .map((e) => e.innerText)
    .join('\n');
  const observer = new MutationObserver(() => stopSpeaking?.());
  observer.observe(root, { childList: true, subtree: true });
  stopSpeaking = () => {
    stopSpeaking = null;
    observer.disconnect();
    speech.cancel();
  };
  for (const line of text.split(/\n+/).map((l) => l.trim()).filter(Boolean)) {
    const utterance = new SpeechSynthesisUtterance(line);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    speech.speak(utterance);
  }
}
