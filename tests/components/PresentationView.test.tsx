// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PresentationView } from '../../src/components/PresentationView';
import { renderInApp } from './render';

const STEP_COUNT = 8;

function renderPresentation(step: number) {
  const onStep = vi.fn<(step: number) => void>();
  const onExit = vi.fn();
  renderInApp(
    <PresentationView step={step} stepCount={STEP_COUNT} title="标题" subtitle="副标题" onStep={onStep} onExit={onExit}>
      <p>内容</p>
    </PresentationView>,
  );
  return { onStep, onExit };
}

describe('PresentationView keys', () => {
  it('goes to the next step with ArrowRight', async () => {
    const { onStep } = renderPresentation(3);
    await userEvent.keyboard('{ArrowRight}');
    expect(onStep).toHaveBeenCalledExactlyOnceWith(4);
  });

  it('goes to the next step with Space', async () => {
    const { onStep } = renderPresentation(3);
    await userEvent.keyboard(' ');
    expect(onStep).toHaveBeenCalledExactlyOnceWith(4);
  });

  it('presses a focused button with Space instead of going to the next step', async () => {
    const { onStep, onExit } = renderPresentation(3);
    screen.getByRole('button', { name: '上一步' }).focus();
    await userEvent.keyboard(' ');
    expect(onStep).toHaveBeenCalledExactlyOnceWith(2);
    screen.getByRole('button', { name: '退出演示' }).focus();
    await userEvent.keyboard(' ');
    expect(onExit).toHaveBeenCalledOnce();
    expect(onStep).toHaveBeenCalledTimes(1);
  });

  it('goes to the previous step with ArrowLeft', async () => {
    const { onStep } = renderPresentation(3);
    await userEvent.keyboard('{ArrowLeft}');
    expect(onStep).toHaveBeenCalledExactlyOnceWith(2);
  });

  it('stays on step 1 with ArrowLeft and Home on the first step', async () => {
    const { onStep } = renderPresentation(1);
    await userEvent.keyboard('{ArrowLeft}{Home}{PageUp}');
    expect(onStep).not.toHaveBeenCalled();
  });

  it('stays on the last step with ArrowRight, Space and End on the last step', async () => {
    const { onStep } = renderPresentation(STEP_COUNT);
    await userEvent.keyboard('{ArrowRight} {End}{PageDown}');
    expect(onStep).not.toHaveBeenCalled();
  });

  it('goes to the first step with Home', async () => {
    const { onStep } = renderPresentation(5);
    await userEvent.keyboard('{Home}');
    expect(onStep).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('disables the previous button on the first step and the next button on the last', () => {
    renderPresentation(1);
    expect(screen.getByRole('button', { name: '上一步' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '下一步' })).toBeEnabled();
  });

  it('goes to the last step with End', async () => {
    const { onStep } = renderPresentation(2);
    await userEvent.keyboard('{End}');
    expect(onStep).toHaveBeenCalledExactlyOnceWith(STEP_COUNT);
  });

  it('leaves the presentation with Escape', async () => {
    const { onStep, onExit } = renderPresentation(2);
    await userEvent.keyboard('{Escape}');
    expect(onExit).toHaveBeenCalledTimes(1);
    expect(onStep).not.toHaveBeenCalled();
  });
});
