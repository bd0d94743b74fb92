import { Button, Code, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../../shared/contract';
import { MIN_PASSWORD } from '../../../../shared/contract/schemas';
import { roles, type Role } from '../../../../shared/roles';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isScorer, useViewer } from '../../state/access';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';
import { digitCount } from '../applicants/fields';
import { generateOneTimePassword } from './password-generator';

interface Errors {
  name?: string;
  nip?: string;
  role?: string;
  password?: string;
}

interface Props {
  onClose(): void;
  onAdded(person: PersonDetail): void;
}

/**
 * A new person with a one-time password the secretary hands over in person. The password
 * is shown once, after the account exists; the person must replace it at first sign-in.
 */
export function AddPersonModal({ onClose, onAdded }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const viewer = useViewer();
  const [name, setName] = useState('');
  const [nip, setNip] = useState('');
  const [position, setPosition] = useState('');
  const [role, setRole] = useState<Role | ''>(roles.find(isScorer) ?? '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [created, setCreated] = useState<{ person: PersonDetail; password: string } | null>(null);

  const add = useMutation(async (chosen: Role) => {
    const person = await api.people.add({
      name: name.trim(),
      nip: nip.trim(),
      position: position.trim(),
      role: chosen,
      initialPassword: password,
    });
    setCreated({ person, password });
    onAdded(person);
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const e: Errors = {};
    if (name.trim().length < 2) e.name = t('people.persons.form.nameError');
    const n = nip.trim();
    if (n && digitCount(n) !== 18) e.nip = t('people.persons.form.nipError', { count: digitCount(n) ?? n.length });
    if (!role) e.role = t('people.persons.form.roleError');
    if ([...password].length < MIN_PASSWORD) e.password = t('people.persons.form.passwordError', { min: MIN_PASSWORD });
    setErrors(e);
    if (Object.keys(e).length === 0 && role) void add.run(role);
  }

  const title = created ? t('people.persons.form.doneTitle', { name: created.person.name }) : t('people.persons.form.title');

  return (
    <Modal opened onClose={onClose} size="lg" title={title} closeButtonProps={{ 'aria-label': t('people.close') }}>
      {created ? (
        <Stack gap="md" data-testid="person-created">
          <Text>{t('people.persons.form.doneBody', { name: created.person.name })}</Text>
          <Code block fz={24} ta="center" data-testid="one-time-password" style={{ letterSpacing: 2 }}>
            {created.password}
          </Code>
          <Group justify="flex-end">
            <Button data-autofocus onClick={onClose}>
              {t('people.persons.form.doneClose')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              data-autofocus
              required
              label={t('people.persons.form.name')}
              description={t('people.persons.form.nameHint')}
              value={name}
              onChange={(e) => {
                setName(e.currentTarget.value);
                setErrors((x) => ({ ...x, name: undefined }));
              }}
              error={errors.name}
              maxLength={200}
            />
            <Group grow align="flex-start">
              <TextInput
                label={t('people.persons.form.nip')}
                description={t('people.persons.form.nipHint')}
                value={nip}
                onChange={(e) => {
                  setNip(e.currentTarget.value);
                  setErrors((x) => ({ ...x, nip: undefined }));
                }}
                error={errors.nip}
                inputMode="numeric"
                maxLength={22}
                autoComplete="off"
              />
              <TextInput
                label={t('people.persons.form.position')}
                description={t('people.persons.form.positionHint')}
                value={position}
                onChange={(e) => setPosition(e.currentTarget.value)}
                maxLength={300}
              />
            </Group>
            <Radio.Group
              label={t('people.persons.form.role')}
              required
              value={role}
              onChange={(v) => setRole(roles.find((r) => r === v) ?? '')}
              error={errors.role}
            >
              <Stack gap={6} mt={6}>
                {roles.map((r) => {
                  const locked = !viewer.mayAddRole(r);
                  return (
                    <Radio
                      key={r}
                      value={r}
                      disabled={locked}
                      label={t(`roles.${r}`)}
                      description={
                        locked
                          ? `${t(`people.persons.form.roleHelp.${r}`)} ${t('people.persons.form.roleChairOnly')}`
                          : t(`people.persons.form.roleHelp.${r}`)
                      }
                    />
                  );
                })}
              </Stack>
            </Radio.Group>
            <Group align="flex-end" gap="sm" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                required
                label={t('people.persons.form.password')}
                description={t('people.persons.form.passwordHint', { min: MIN_PASSWORD })}
                value={password}
                onChange={(e) => {
                  setPassword(e.currentTarget.value);
                  setErrors((x) => ({ ...x, password: undefined }));
                }}
                error={errors.password}
                autoComplete="off"
                spellCheck={false}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              />
              <Button variant="default" onClick={() => setPassword(generateOneTimePassword())} mb={errors.password ? 22 : 0}>
                {t('people.persons.form.generate')}
              </Button>
            </Group>
            <ErrorAlert error={add.error} lang={lang} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('people.cancel')}
              </Button>
              <BusyButton type="submit" busy={add.busy} busyLabel={t('people.persons.form.busy')}>
                {t('people.persons.form.submit')}
              </BusyButton>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
