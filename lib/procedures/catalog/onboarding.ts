import { PROCEDURE_URLS } from '../sources';
import type { Procedure } from '../types';

/** First steps for a new staff member who will work in Alma and UC Library Search. */
export const onboarding: Procedure = {
  id: 'onboarding',
  title: 'Onboard new staff',
  summary: 'The forms, role requests and mailing lists a new hire needs before working in Alma.',
  roles: ['Supervisor'],
  defaultUrl: PROCEDURE_URLS.onboarding,
  tags: ['onboarding', 'roles', 'training'],
  pageKinds: [],
  ruleIds: [],
  steps: [
    {
      id: 'privacy-form',
      text: 'The new hire completes the SILS data privacy and security form (students have their own version); no role is granted without it.',
    },
    {
      id: 'request-roles',
      text: 'The supervisor asks the library help address for roles and describes the tasks; functional leads recommend the roles.',
    },
    {
      id: 'training-first',
      text: 'Training (Fulfillment, Resource Management, Analytics, Acquisitions) comes before the roles; the Premium Sandbox may come first.',
    },
    { id: 'mailing-lists', text: 'Join the staff mailing lists: almastaff, circstaff, catstaff and almaanalytics.' },
    { id: 'later-roles', text: 'Ask for further roles later through the role request procedure.' },
  ],
};
