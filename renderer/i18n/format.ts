import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { minorDigits } from '../../shared/money';

/**
 * Intl formatters for the current language. Amounts arrive as integer minor units; this is
 * the one place they become floats, and only to be shown.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const money = new Map<string, Intl.NumberFormat>();
    const moneyFormat = (currency: string) => {
      let f = money.get(currency);
      if (!f) money.set(currency, (f = new Intl.NumberFormat(locale, { style: 'currency', currency })));
      return f;
    };
    const number = new Intl.NumberFormat(locale);
    const date = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const regions = new Intl.DisplayNames([locale], { type: 'region' });
    return {
      locale,
      money: (minor: number, currency: string) => moneyFormat(currency).format(minor / 10 ** minorDigits(currency)),
      fen: (fen: number) => moneyFormat('CNY').format(fen / 100),
      number: (n: number) => number.format(n),
      kg: (grams: number) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(grams / 1000)} kg`,
      date: (iso: string) => (iso ? date.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : ''),
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      country: (code: string) => {
        try {
          return regions.of(code) ?? code;
        } catch {
          return code;
        }
      },
    };
  }, [locale]);
}

export type Format = ReturnType<typeof useFormat>;
