import { useMutation } from '@urql/vue';
import { ref } from 'vue';
import { graphql } from '../../gql';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut { signedOut }
  }
`);

/**
 * Ends the session, then loads the sign-in page afresh: a full load empties the
 * document cache, so the next person on this device sees nothing of the last one's data.
 */
export function useSignOut() {
  const signOut = useMutation(SignOutMutation);
  const busy = ref(false);
  async function run() {
    busy.value = true;
    await signOut.executeMutation({});
    window.location.assign('/masuk');
  }
  return { signOut: run, busy };
}
