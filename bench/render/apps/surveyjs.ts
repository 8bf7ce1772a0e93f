// SurveyJS: survey-core + survey-js-ui with the fontless default theme. The same bundle serves both
// apps: the survey JSON says `textUpdateMode` (its default 'onBlur', or 'onTyping').
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import 'survey-core/survey-core.fontless.min.css';
import { countWithText, registerApp } from '../app.js';

let survey: Model | undefined;
let root: HTMLElement = document.body;

registerApp({
  mount(container, input) {
    root = container;
    survey = new Model(input);
    renderSurvey(survey, container);
  },
  root: () => root,
  control: (field) => {
    const question = survey?.getQuestionByName(field.name) as { inputId?: string } | undefined;
    return question?.inputId ? document.getElementById(question.inputId) : null;
  },
  value: (field) => survey?.getValue(field.name),
  submit: () => {
    const button = root.querySelector<HTMLElement>('.sd-navigation__complete-btn');
    if (button) button.click();
    else survey?.completeLastPage();
  },
  errors: () => countWithText(root, '.sd-question__erbox'),
});
