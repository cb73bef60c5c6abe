import { graphql } from '../../gql';

/** Changes a subscription: the form edits it, the list pauses and resumes it. */
export const UpdateWebhookMutation = graphql(`
  mutation UpdateWebhookSubscription($input: UpdateWebhookSubscriptionInput!) {
    updateWebhookSubscription(input: $input) {
      subscription { id url events description active }
      errors { field code }
    }
  }
`);
