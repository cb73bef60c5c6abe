import { graphql } from '../../gql';

/** What IssueList words of one conflict or warning; every schedule mutation answers with it. */
export const ScheduleIssueDoc = graphql(`
  fragment ScheduleIssueFields on ScheduleIssue {
    code severity sessionId index otherSessionId otherCohortCode moduleId personCount
    params {
      date holidayName cohortStartDate cohortEndDate timeZone workdayStart workdayEnd venueName venueCapacity
      facilitatorName otherCohortCode otherStartsAt personCount moduleCode moduleTitle scheduledJp plannedJp outsideGenerations
    }
  }
`);
