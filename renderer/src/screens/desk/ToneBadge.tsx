import { Badge, type BadgeProps } from '@mantine/core';

/** A badge never clips its words ("Sangat b…" in a squeezed table column): it keeps its full width. */
export const unclipped = { root: { overflow: 'visible' }, label: { overflow: 'visible' } } as const;

/**
 * A light badge with darker text: Mantine's light teal, grape and blue text is below 4.5:1
 * on its own tint, more so on a highlighted row (the theme darkens orange itself, the same way).
 */
export function ToneBadge({ color = 'gray', style, ...rest }: BadgeProps & { 'data-testid'?: string }) {
  const dark = color === 'orange' || color === 'gray' ? undefined : `color-mix(in srgb, var(--mantine-color-${color}-9) 70%, black)`;
  return (
    <Badge
      variant="light"
      tt="none"
      color={color}
      styles={unclipped}
      style={{ ...(typeof style === 'object' ? style : {}), ...(dark ? { color: dark } : {}) }}
      {...rest}
    />
  );
}
