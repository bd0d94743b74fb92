import { Blockquote, Button, Group, Modal, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { templateInfo, templateKeys, type TemplateKey } from '../../../../shared/selection/templates';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';
import { keepPercentTogether } from '../selection/format';

type Choice = TemplateKey | 'empty';
const choices: Choice[] = [...templateKeys, 'empty'];
const MIN_TITLE = 3;

interface Props {
  opened: boolean;
  onClose(): void;
  onCreated(selectionId: string): void;
}

/** "Buat seleksi": a template (or nothing), where its numbers come from, and a title. */
export function CreateSelectionDialog({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [choice, setChoice] = useState<Choice>('jpt');
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState<string | undefined>();
  const create = useMutation(async () => {
    const detail = await api.selection.create({ template: choice === 'empty' ? null : choice, title: title.trim() });
    onCreated(detail.id);
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim().length < MIN_TITLE) {
      setTitleError(t('setup.create.titleRequired', { min: MIN_TITLE }));
      return;
    }
    setTitleError(undefined);
    void create.run();
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('setup.create.title')}
      size={880}
      closeButtonProps={{ 'aria-label': t('setup.common.close') }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={2} spacing="lg">
            <Radio.Group
              label={t('setup.create.template')}
              value={choice}
              onChange={(v) => setChoice(choices.find((c) => c === v) ?? 'jpt')}
              name="template"
            >
              <Stack gap={6} mt="xs">
                {choices.map((c) => (
                  <Radio.Card key={c} value={c} p="xs" radius="md">
                    <Group wrap="nowrap" align="flex-start" gap="sm">
                      <Radio.Indicator mt={3} />
                      <div style={{ minWidth: 0 }}>
                        <Text fw={600} size="sm">
                          {t(`setup.templates.${c}.name`)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t(`setup.templates.${c}.summary`)}
                        </Text>
                      </div>
                    </Group>
                  </Radio.Card>
                ))}
              </Stack>
            </Radio.Group>
            <Stack gap="xs">
              <Title order={3} size="h6" mt={2}>
                {t('setup.create.sourceHeading')}
              </Title>
              <Blockquote color="blue" p="sm" data-testid="template-source" style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
                {choice === 'empty' ? t('setup.create.emptySource') : keepPercentTogether(templateInfo[choice].source[lang])}
              </Blockquote>
              <Text size="xs" c="dimmed">
                {t('setup.create.sourceHint')}
              </Text>
            </Stack>
          </SimpleGrid>
          <TextInput
            label={t('setup.create.name')}
            description={t('setup.create.nameHint')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={titleError}
            aria-invalid={titleError ? true : undefined}
            required
            data-autofocus
          />
          <ErrorAlert error={create.error} lang={lang} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('setup.common.cancel')}
            </Button>
            <BusyButton type="submit" busy={create.busy} busyLabel={t('setup.create.busy')}>
              {t('setup.create.submit')}
            </BusyButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
