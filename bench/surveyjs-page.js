// Renders the generated survey (window.RYGGSJEKK_SURVEY, from survey-data.js).
// `window.benchSurvey` lets the benchmark reset it (survey.clear) for the memory run.
/* global Survey, SurveyUI */
const survey = new Survey.Model(window.RYGGSJEKK_SURVEY);
window.benchSurvey = survey;
SurveyUI.renderSurvey(survey, document.getElementById('survey'));
