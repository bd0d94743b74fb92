import { useCallback, useState } from 'react';

/**
 * Where the keyboard is on the form: the current criterion, and a token bumped whenever the
 * form should take focus again (an applicant opened, back from the review).
 */
export function useDeskFocus() {
  const [criterionIndex, setCriterionIndex] = useState(0);
  const [focusToken, setFocusToken] = useState(0);
  const focusCurrent = useCallback(() => setFocusToken((n) => n + 1), []);
  return { criterionIndex, setCriterionIndex, focusToken, focusCurrent };
}
