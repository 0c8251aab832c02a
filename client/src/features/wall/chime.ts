let audio: AudioContext | null = null

/**
 * A short two-tone chime for a deadline crossing (`?sound=1`). Kiosk browsers need autoplay
 * allowed (Chromium: --autoplay-policy=no-user-gesture-required); where it is not, this is silent.
 */
export function playChime(urgent: boolean): void {
  try {
    audio ??= new AudioContext()
    const start = audio.currentTime
    for (const [i, freq] of (urgent ? [880, 660, 880] : [660, 880]).entries()) {
      const osc = audio.createOscillator()
      const gain = audio.createGain()
      osc.frequency.value = freq
      gain.gain.setValueAtTime(0.2, start + i * 0.25)
      gain.gain.exponentialRampToValueAtTime(0.001, start + i * 0.25 + 0.22)
      osc.connect(gain).connect(audio.destination)
      osc.start(start + i * 0.25)
      osc.stop(start + i * 0.25 + 0.23)
    }
  } catch {
    // No audio device on this wall: the highlight still shows.
  }
}
