import { useId, useMemo, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { countryKey, countryName, countryOptions, readCountry } from '../../shared/codes/countries';

const SHOWN = 8;

/**
 * A country, searched by its name in Chinese, English or Russian, or by its 2- or 3-letter
 * code ("美国", "usa", "UK" → GB), and kept as the ISO alpha-2 code. What is typed and not
 * picked is read with `readCountry` when the field is left; text that names no country is
 * passed on as typed, so the form's check names the field.
 */
export function CountryPicker({ value, onChange, ...rest }: { value: string; onChange: (codeOrText: string) => void } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const options = useMemo(() => countryOptions(language), [language]);
  const named = (code: string) => (/^[A-Z]{2}$/.test(code) ? countryName(code, language) : code);
  const [text, setText] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listId = useId();

  const typing = text !== null;
  const key = countryKey(text ?? '');
  const found = typing && key ? options.filter((o) => o.search.includes(key)).slice(0, SHOWN) : [];
  // An exact code or name first: "uk" shows United Kingdom on top, not Ukraine.
  const exact = typing ? readCountry(text) : null;
  const list = exact ? [options.find((o) => o.code === exact)!, ...found.filter((o) => o.code !== exact)].slice(0, SHOWN) : found;

  const pick = (code: string) => {
    onChange(code);
    setText(null);
  };
  const leave = () => {
    if (text === null) return;
    const code = readCountry(text);
    onChange(code ?? text.trim());
    setText(null);
  };

  return (
    <div className="country-picker">
      <input {...rest} role="combobox" aria-expanded={list.length > 0} aria-controls={listId} aria-autocomplete="list" autoComplete="off"
        aria-activedescendant={list.length ? `${listId}-${active}` : undefined}
        value={text ?? named(value)} onChange={(e) => { setText(e.target.value); setActive(0); }} onBlur={leave}
        onKeyDown={(e) => {
          if (!list.length) return;
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : list.length - 1)) % list.length);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            pick(list[Math.min(active, list.length - 1)]!.code);
          }
        }} />
      {list.length > 0 && (
        <ul className="country-list" role="listbox" id={listId}>
          {list.map((o, i) => (
            <li key={o.code} id={`${listId}-${i}`} role="option" aria-selected={i === active} className={i === active ? 'active' : undefined}
              onMouseDown={(e) => { e.preventDefault(); pick(o.code); }}>
              {o.name} <span className="muted">{o.code}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
