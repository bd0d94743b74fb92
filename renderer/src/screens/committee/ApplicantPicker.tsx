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

export function ApplicantPicker({ value, onChange, ...common }: Common & { value: PickedApplicant | null; onChange(v: PickedApplicant | null): void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { data, loading } = useOptions(common.selectionId, value && search === value.label ? '' : search, value ? [value] : []);
  return (
    <Select
      label={common.label}
      description={common.description}
      error={common.error}
      required={common.required}
      placeholder={t('people.picker.placeholder')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      filter={noFilter}
      value={value?.id ?? null}
      onChange={(id, option) => onChange(id && option ? { id, label: option.label } : null)}
      nothingFoundMessage={loading ? t('people.picker.searching') : t('people.picker.nothing')}
      data-testid="applicant-picker"
    />
  );
}

export function ApplicantMultiPicker({ value, onChange, ...common }: Common & { value: PickedApplicant[]; onChange(v: PickedApplicant[]): void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { data, loading } = useOptions(common.selectionId, search, value);
  const labels = new Map(data.map((d) => [d.value, d.label]));
  return (
    <MultiSelect
      label={common.label}
      description={common.description}
      error={common.error}
      required={common.required}
      placeholder={t('people.picker.placeholder')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      filter={noFilter}
      value={value.map((v) => v.id)}
      onChange={(ids) => onChange(ids.map((id) => ({ id, label: labels.get(id) ?? id })))}
      nothingFoundMessage={loading ? t('people.picker.searching') : t('people.picker.nothing')}
      maxDropdownHeight={240}
      hidePickedOptions
    />
  );
}
