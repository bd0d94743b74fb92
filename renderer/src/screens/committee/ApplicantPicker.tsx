import { MultiSelect, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applicantLabel, useApplicantSearch } from './use-applicant-search';

export interface PickedApplicant {
  id: string;
  label: string;
}

interface Common {
  selectionId: string;
  label: string;
  description?: string;
  error?: string;
  required?: boolean;
}

/** Searches as the person types; main does the matching (blind roles by code only). */
function useOptions(selectionId: string, search: string, picked: PickedApplicant[]) {
  const { rows, loading } = useApplicantSearch(selectionId, search);
  const found = rows.map((r) => ({ value: r.id, label: applicantLabel(r) }));
  const seen = new Set(found.map((o) => o.value));
  return { data: [...picked.filter((p) => !seen.has(p.id)).map((p) => ({ value: p.id, label: p.label })), ...found], loading };
}

/** Main already filtered: show what it sent. */
const noFilter = ({ options }: { options: unknown[] }) => options as never;

/** What the single and the multiple picker share: labels, server-side search, messages. */
function usePicker({ selectionId, ...common }: Common, picked: PickedApplicant[], searchFor: (typed: string) => string) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { data, loading } = useOptions(selectionId, searchFor(search), picked);
  return {
    ...common,
    placeholder: t('people.picker.placeholder'),
    searchable: true,
    searchValue: search,
    onSearchChange: setSearch,
    data,
    filter: noFilter,
    nothingFoundMessage: loading ? t('people.picker.searching') : t('people.picker.nothing'),
  };
}

export function ApplicantPicker({
  value,
  onChange,
  ...common
}: Common & { value: PickedApplicant | null; onChange(v: PickedApplicant | null): void }) {
  // Once picked, the search box shows the label: do not search for it.
  const picker = usePicker(common, value ? [value] : [], (typed) => (value && typed === value.label ? '' : typed));
  return (
    <Select
      {...picker}
      clearable
      value={value?.id ?? null}
      onChange={(id, option) => onChange(id && option ? { id, label: option.label } : null)}
      data-testid="applicant-picker"
    />
  );
}

export function ApplicantMultiPicker({
  value,
  onChange,
  ...common
}: Common & { value: PickedApplicant[]; onChange(v: PickedApplicant[]): void }) {
  const picker = usePicker(common, value, (typed) => typed);
  const labels = new Map(picker.data.map((d) => [d.value, d.label]));
  return (
    <MultiSelect
      {...picker}
      value={value.map((v) => v.id)}
      onChange={(ids) => onChange(ids.map((id) => ({ id, label: labels.get(id) ?? id })))}
      maxDropdownHeight={240}
      hidePickedOptions
    />
  );
}
