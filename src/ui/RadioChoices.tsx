import type { ComponentChildren } from 'preact';

/**
 * The choices of one radio group, drawn as QuietPrune's pages draw choices (`.choice`): for each,
 * the radio button and, beside it, what choosing it means (`describe`). `onChoose` gets the
 * chosen value. The group's fieldset and legend are the caller's.
 */
export function RadioChoices<T extends string, C extends { value: T }>({
  name,
  choices,
  chosen,
  disabled,
  onChoose,
  describe,
}: {
  name: string;
  choices: readonly C[];
  chosen: T;
  disabled?: boolean;
  onChoose: (value: T) => void;
  describe: (choice: C) => ComponentChildren;
}) {
  return (
    <>
      {choices.map((choice) => (
        <label key={choice.value} class="choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={chosen === choice.value}
            disabled={disabled}
            onChange={() => onChoose(choice.value)}
          />
          <span>{describe(choice)}</span>
        </label>
      ))}
    </>
  );
}
