import { describe, expect, it } from 'vitest';
import { detectLanguage, resolveLanguage } from './language';

const SAMPLES = {
  en: 'The new update makes the app much faster. We spent the last month rewriting how it stores your data.',
  es: 'La nueva actualización hace que la aplicación sea mucho más rápida. Pasamos el último mes reescribiendo cómo guarda tus datos.',
  fr: "La nouvelle mise à jour rend l'application beaucoup plus rapide. Nous avons passé le dernier mois à réécrire la façon dont elle enregistre vos données.",
  de: 'Das neue Update macht die App viel schneller. Wir haben den letzten Monat damit verbracht, die Speicherung deiner Daten neu zu schreiben.',
  pt: 'A nova atualização deixa o aplicativo muito mais rápido. Passamos o último mês reescrevendo a forma como ele guarda os seus dados.',
  it: "Il nuovo aggiornamento rende l'app molto più veloce. Abbiamo passato l'ultimo mese a riscrivere il modo in cui salva i tuoi dati.",
  nl: 'De nieuwe update maakt de app veel sneller. We hebben de afgelopen maand besteed aan het herschrijven van hoe hij je gegevens opslaat.',
};

// Short everyday posts, closer to what is ingested than parallel translations.
const POSTS = {
  en: 'Just tried the new bakery on our street and the bread is worth the queue.',
  es: 'Hoy por fin abrimos la tienda en el centro, os esperamos a todos con café gratis.',
  fr: "On a testé le nouveau resto du quartier ce soir, et franchement c'était une belle surprise.",
  de: 'Heute haben wir endlich den Laden in der Innenstadt eröffnet, kommt vorbei und sagt hallo.',
  pt: 'Finalmente abrimos a loja no centro da cidade, venham nos visitar e tomar um café.',
  it: 'Finalmente abbiamo aperto il negozio in centro, passate a trovarci per un caffè.',
  nl: 'Vandaag hebben we eindelijk de winkel in het centrum geopend, kom gerust langs voor een kopje koffie.',
};

describe('detectLanguage', () => {
  it.each(Object.entries(SAMPLES))('knows %s from two sentences', (code, text) => {
    const detected = detectLanguage(text);
    expect(detected?.code).toBe(code);
    expect(detected?.confidence).toBeGreaterThan(0.6);
  });

  it.each(Object.entries(POSTS))('knows %s from a one-sentence post', (code, text) => {
    expect(detectLanguage(text)?.code).toBe(code);
  });

  it('says nothing for too little text, for no text and for languages it does not know', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('   ')).toBeNull();
    expect(detectLanguage('Hello world')).toBeNull();
    expect(detectLanguage('この新しいアップデートでアプリがとても速くなりました。')).toBeNull();
    expect(
      detectLanguage(
        'Den nya uppdateringen gör appen mycket snabbare. Vi har ägnat den senaste månaden åt att skriva om hur den lagrar dina data.',
      ),
    ).toBeNull();
  });

  it('is not swayed by links and handles', () => {
    const text = `${SAMPLES.de} https://example.com/the-best-of-the-web-and-the-rest @the.english.handle`;
    expect(detectLanguage(text)?.code).toBe('de');
  });

  it('falls back to English when asked to resolve an unknown language', () => {
    expect(resolveLanguage('whatever', 'sv')).toBe('en');
    expect(resolveLanguage('whatever', null)).toBe('en');
    expect(resolveLanguage(SAMPLES.fr, undefined)).toBe('fr');
    expect(resolveLanguage('anything', 'nl')).toBe('nl');
  });
});
