import { useTranslation } from 'react-i18next';
import { useEditor, useProblem } from '../editor-context';
import { formatValue } from '../format';

/** The sentence under a field whose value the contract would refuse, or undefined. */
export function useProblemText(path: readonly (string | number)[]): string | undefined {
  const { t } = useTranslation();
  const { lang } = useEditor();
  const problem = useProblem(path);
  if (!problem) return undefined;
  switch (problem.kind) {
    case 'required':
      return t('setup.field.required');
    case 'minLength':
      return t('setup.field.minLength', { min: problem.min });
    case 'maxLength':
      return t('setup.field.maxLength', { max: problem.max });
    case 'min':
      return t('setup.field.min', { min: formatValue(problem.min, lang) });
    case 'max':
      return t('setup.field.max', { max: formatValue(problem.max, lang) });
    case 'integer':
      return t('setup.field.integer');
    case 'invalid':
      return t('setup.field.invalid');
  }
}
