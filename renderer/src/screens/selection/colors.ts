/** Orange-9 on white is 4.0:1; mixed with black (as the theme does for pale alerts) it passes AA. */
export const WARNING_TEXT = 'color-mix(in srgb, var(--mantine-color-orange-9) 55%, black)';
