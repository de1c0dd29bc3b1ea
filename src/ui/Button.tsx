import type { ComponentChildren, JSX } from 'preact';

/**
 * The one button of QuietPrune's pages. `variant` says what kind of action it is (primary: the
 * main next step; danger: something that removes; quiet: secondary, drawn without a border).
 * A native <button type="button">, so it is keyboard-usable and never submits a form by accident.
 */
export type ButtonVariant = 'default' | 'primary' | 'danger' | 'quiet';

type ButtonProps = Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & {
  variant?: ButtonVariant;
  small?: boolean;
  children: ComponentChildren;
};

export function Button({ variant = 'default', small = false, class: extra, children, ...rest }: ButtonProps) {
  const classes = [
    'btn',
    variant !== 'default' ? `btn-${variant}` : '',
    small ? 'btn-small' : '',
    typeof extra === 'string' ? extra : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button type="button" class={classes} {...rest}>
      {children}
    </button>
  );
}
