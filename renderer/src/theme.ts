import {
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/** Light colours whose "light" variant text (shade 9 on shade 1) is below 4.5:1. */
const PALE = new Set(['orange', 'yellow', 'lime']);

/** Darkens the text of light alerts and badges in pale colours so they pass WCAG AA. */
const variantColorResolver: VariantColorsResolver = (input) => {
  const defaults = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return defaults;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || !PALE.has(parsed.color)) return defaults;
  return { ...defaults, color: `color-mix(in srgb, var(--mantine-color-${parsed.color}-9) 55%, black)` };
};

export const theme = createTheme({
  primaryColor: 'blue',
  // White on blue-6 is 3.6:1; shade 8 gives 4.9:1 for every filled button.
  primaryShade: 8,
  defaultRadius: 'sm',
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", Ubuntu, Cantarell, "Helvetica Neue", Arial, sans-serif',
  variantColorResolver,
});

/**
 * Mantine's default "dimmed" grey (#868e96) is 3.3:1 on white, below WCAG AA for the
 * small hint texts under every field; government laptops have dim screens, so darken it.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-placeholder': '#868e96',
    // Field errors in red-6 are 3.3:1; red-9 is 5.4:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
