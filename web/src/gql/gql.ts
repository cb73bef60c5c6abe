/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ArchiveNode($id: ID!) {\n    archive(id: $id) { node { id } errors { field code } }\n  }\n": typeof types.ArchiveNodeDocument,
    "\n  mutation RestoreNode($id: ID!) {\n    restore(id: $id) { node { id } errors { field code } }\n  }\n": typeof types.RestoreNodeDocument,
    "\n  query AcademyList($first: Int!, $after: String, $includeArchived: Boolean) {\n    academies(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...AcademyFields }\n    }\n  }\n": typeof types.AcademyListDocument,
    "\n  mutation CreateAcademy($input: CreateAcademyInput!) {\n    createAcademy(input: $input) { academy { ...AcademyFields } errors { field code } }\n  }\n": typeof types.CreateAcademyDocument,
    "\n  mutation UpdateAcademy($input: UpdateAcademyInput!) {\n    updateAcademy(input: $input) { academy { ...AcademyFields } errors { field code } }\n  }\n": typeof types.UpdateAcademyDocument,
    "\n  query AcademyChoices {\n    academies(first: 100) { nodes { id code name } }\n  }\n": typeof types.AcademyChoicesDocument,
    "\n  fragment AcademyFields on Academy {\n    id version code name province timeZone certificatePrefix archivedAt\n  }\n": typeof types.AcademyFieldsFragmentDoc,
    "\n  query Accounts($first: Int!, $after: String) {\n    accounts(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id name email role disabled totpEnabled lastSignInAt academy { id code } person { id name } }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  query AccountAcademies {\n    academies(first: 100) { nodes { id code name } }\n  }\n": typeof types.AccountAcademiesDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account { id name }\n      errors { field code }\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {\n    setAccountDisabled(id: $id, disabled: $disabled) {\n      account { id disabled }\n      errors { code }\n    }\n  }\n": typeof types.SetAccountDisabledDocument,
    "\n  query ApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id name prefix scopes expiresAt lastUsedAt revokedAt academy { id code } }\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  query TokenAcademies {\n    academies(first: 100) { nodes { id code name } }\n  }\n": typeof types.TokenAcademiesDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken { id name }\n      errors { field code }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      apiToken { id revokedAt }\n      errors { code }\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation CreateInvitation($personId: ID!) {\n    createInvitation(personId: $personId) {\n      code\n      expiresAt\n      person { id name }\n      errors { code }\n    }\n  }\n": typeof types.CreateInvitationDocument,
    "\n  mutation StartMfaEnrolment {\n    startMfaEnrolment { secret otpauthUri errors { code } }\n  }\n": typeof types.StartMfaEnrolmentDocument,
    "\n  mutation ConfirmMfaEnrolment($code: String!) {\n    confirmMfaEnrolment(code: $code) {\n      recoveryCodes\n      viewer { ...ViewerFields }\n      errors { code }\n    }\n  }\n": typeof types.ConfirmMfaEnrolmentDocument,
    "\n  mutation RedeemInvitation($input: RedeemInvitationInput!) {\n    redeemInvitation(input: $input) {\n      viewer { ...ViewerFields }\n      errors { field code }\n    }\n  }\n": typeof types.RedeemInvitationDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer { role }\n      errors { field code }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation VerifyMfa($code: String!) {\n    verifyMfa(code: $code) {\n      viewer { role }\n      errors { field code }\n    }\n  }\n": typeof types.VerifyMfaDocument,
    "\n  mutation SignOut {\n    signOut { signedOut }\n  }\n": typeof types.SignOutDocument,
    "\n  fragment ViewerFields on Viewer {\n    role\n    mfaRequired\n    mfaEnrolmentRequired\n    academy { id code name province timeZone }\n    person { id name }\n    account { id name email totpEnabled }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer { ...ViewerFields }\n  }\n": typeof types.ViewerDocument,
    "\n  query ActionPlanLinks {\n    waiting: actionPlans(first: 1, filter: { awaitingMyReview: true }) { totalCount }\n  }\n": typeof types.ActionPlanLinksDocument,
    "\n  mutation ReviewActionPlan($input: ReviewActionPlanInput!) {\n    reviewActionPlan(input: $input) { actionPlan { id status } errors { field code } }\n  }\n": typeof types.ReviewActionPlanDocument,
    "\n  query ActionPlansWaitingForMe {\n    actionPlans(first: 50, filter: { awaitingMyReview: true }) {\n      totalCount\n      nodes {\n        id title problem goal status\n        person { id name jobTitle } cohort { id code name }\n        milestones { id title dueDate } attachments { title url }\n      }\n    }\n  }\n": typeof types.ActionPlansWaitingForMeDocument,
    "\n  query ActionPlansToScore {\n    viewer { person { id } }\n    actionPlans(first: 50, filter: { statuses: [APPROVED, IMPLEMENTED] }) {\n      nodes {\n        id title status seminarScore viewerCan\n        person { id name jobTitle } cohort { id code name timeZone }\n        coach { id person { id } } mentor { id }\n        seminarSession { id startsAt endsAt module { id title } venue { id name } }\n        seminarScores { role score criteria { criterion score } }\n      }\n    }\n  }\n": typeof types.ActionPlansToScoreDocument,
    "\n  query ActionPlansPage($filter: ActionPlanFilter) {\n    cohorts(first: 100) { nodes { id code name } }\n    facilitators(first: 100) { nodes { id name kind } }\n    actionPlans(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id status title problem goal seminarScore viewerCan\n        person { id name jobTitle eselonGroup } cohort { id code name }\n        coach { id name } mentor { id name }\n        milestones { id title dueDate status } attachments { title url }\n        seminarSession { id startsAt endsAt module { id title } venue { id name } }\n        seminarScores { role score criteria { criterion score } }\n      }\n    }\n  }\n": typeof types.ActionPlansPageDocument,
    "\n  query ActionPlanMentorSearch($search: String!) {\n    persons(first: 10, filter: { search: $search }) { nodes { id name jobTitle } }\n  }\n": typeof types.ActionPlanMentorSearchDocument,
    "\n  mutation AssignActionPlanReviewers($input: SaveActionPlanInput!) {\n    saveActionPlan(input: $input) { actionPlan { id coach { id name } mentor { id name } } errors { field code } }\n  }\n": typeof types.AssignActionPlanReviewersDocument,
    "\n  mutation MarkActionPlanImplemented($id: ID!) {\n    markActionPlanImplemented(actionPlanId: $id) { actionPlan { id status } errors { field code } }\n  }\n": typeof types.MarkActionPlanImplementedDocument,
    "\n  query MyActionPlans {\n    viewer {\n      person {\n        id\n        enrollments(first: 10) {\n          nodes {\n            id status cohort { id code name timeZone }\n            actionPlan {\n              id status title problem goal reviewNote viewerCan seminarScore\n              coach { id name } mentor { id name }\n              attachments { title url }\n              milestones { id title dueDate status doneDate }\n              seminarSession { id startsAt endsAt module { id title } venue { id name } }\n              seminarScores { role score criteria { criterion score } }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyActionPlansDocument,
    "\n  mutation SaveMyActionPlan($input: SaveActionPlanInput!) {\n    saveActionPlan(input: $input) { actionPlan { id status } errors { field code } }\n  }\n": typeof types.SaveMyActionPlanDocument,
    "\n  mutation SubmitMyActionPlan($id: ID!) {\n    submitActionPlan(actionPlanId: $id) { actionPlan { id status } errors { field code } }\n  }\n": typeof types.SubmitMyActionPlanDocument,
    "\n  mutation MyMilestoneDone($id: ID!, $milestones: [MilestoneProgressInput!]!) {\n    updateActionPlanMilestones(actionPlanId: $id, milestones: $milestones) { actionPlan { id milestones { id status doneDate } } errors { field code } }\n  }\n": typeof types.MyMilestoneDoneDocument,
    "\n  query SeminarSessions($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Cohort { id code timeZone sessions(first: 100) { nodes { id startsAt endsAt module { id title } venue { id name } } } }\n    }\n  }\n": typeof types.SeminarSessionsDocument,
    "\n  mutation SetActionPlanSeminar($id: ID!, $sessionId: ID) {\n    setActionPlanSeminar(actionPlanId: $id, sessionId: $sessionId) {\n      actionPlan { id seminarSession { id startsAt endsAt module { id title } venue { id name } } }\n      errors { field code }\n    }\n  }\n": typeof types.SetActionPlanSeminarDocument,
    "\n  mutation ScoreActionPlan($input: ScoreActionPlanInput!) {\n    scoreActionPlan(input: $input) {\n      actionPlan { id seminarScore seminarScores { role score criteria { criterion score } } }\n      errors { field code }\n    }\n  }\n": typeof types.ScoreActionPlanDocument,
    "\n  query AgencyList($first: Int!, $after: String, $includeArchived: Boolean) {\n    agencies(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...AgencyFields }\n    }\n  }\n": typeof types.AgencyListDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { agency { ...AgencyFields } errors { field code } }\n  }\n": typeof types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) { agency { ...AgencyFields } errors { field code } }\n  }\n": typeof types.UpdateAgencyDocument,
    "\n  mutation ImportAgencies($csv: String!, $dryRun: Boolean!) {\n    importAgencies(csv: $csv, dryRun: $dryRun) {\n      dryRun totalRows validRows created updated rejectedRows\n      errors { code field }\n      rowErrors { row field code }\n    }\n  }\n": typeof types.ImportAgenciesDocument,
    "\n  fragment AgencyFields on Agency {\n    id version code name level province timeZone archivedAt\n    academy { id code }\n  }\n": typeof types.AgencyFieldsFragmentDoc,
    "\n  query AssessmentsPage($cohortId: ID!) {\n    cohort(id: $cohortId) {\n      id code name\n      enrollments(first: 100, statuses: [ENROLLED, COMPLETED]) { nodes { id person { id name agency { name } } } }\n    }\n    assessments(cohortId: $cohortId, first: 100) { nodes { id kind score person { id } } }\n  }\n": typeof types.AssessmentsPageDocument,
    "\n  mutation RecordAssessments($cohortId: ID!, $entries: [AssessmentEntryInput!]!) {\n    recordAssessments(cohortId: $cohortId, entries: $entries) { assessments { id kind score } errors { field code } }\n  }\n": typeof types.RecordAssessmentsDocument,
    "\n  mutation ImportAssessments($cohortId: ID!, $csv: String!) {\n    importAssessments(cohortId: $cohortId, csv: $csv) { assessments { id } errors { field code } }\n  }\n": typeof types.ImportAssessmentsDocument,
    "\n  mutation MarkUnrecordedAbsent($sessionId: ID!) {\n    markUnrecordedAbsent(sessionId: $sessionId) {\n      attendances { id status }\n      errors { field code }\n    }\n  }\n": typeof types.MarkUnrecordedAbsentDocument,
    "\n  query AttendanceSheet($id: ID!) {\n    cohortAttendanceSheet(cohortId: $id) {\n      cohort { id code name startDate endDate timeZone completionThreshold program { id code name } }\n      sessions {\n        id startsAt endsAt moduleTitle jp\n        group { id name }\n        totals { present late excused sick officialDuty absent notRecorded }\n      }\n      rows {\n        person { id name nip }\n        enrollmentStatus\n        group { id name }\n        cells { sessionId status applies }\n        counts { present late excused sick officialDuty absent notRecorded }\n        jpEarned jpScheduled attendanceRate completionRate meetsThreshold completed\n      }\n    }\n  }\n": typeof types.AttendanceSheetDocument,
    "\n  query AttendanceWarnings($cohortId: ID!) {\n    attendanceWarnings(cohortId: $cohortId, consecutiveAbsences: 3) {\n      kind\n      personId\n      jpEarned\n      jpPossible\n      consecutiveAbsences\n      verdict { code sessionsNeeded jpNeeded }\n      person { id name agency { id name } }\n    }\n  }\n": typeof types.AttendanceWarningsDocument,
    "\n  mutation CheckIn($code: String!) {\n    checkIn(code: $code) {\n      attendance { id status checkInAt session { id module { id title } cohort { id timeZone } } }\n      errors { field code }\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  query RoomSession($id: ID!) {\n    node(id: $id) {\n      ... on Session {\n        id\n        startsAt\n        endsAt\n        status\n        module { id title }\n        venue { id name }\n        cohort { id code name timeZone }\n      }\n    }\n  }\n": typeof types.RoomSessionDocument,
    "\n  query CheckInCode($sessionId: ID!) {\n    checkInCode(sessionId: $sessionId) { code expiresAt open url }\n  }\n": typeof types.CheckInCodeDocument,
    "\n  fragment AttendanceEnrollmentFields on Enrollment {\n    id jpScheduled jpEarned jpExempt completionRate meetsThreshold\n    person { id name nip eselonGroup agency { id name } }\n  }\n": typeof types.AttendanceEnrollmentFieldsFragmentDoc,
    "\n  fragment AttendanceRecordFields on Attendance {\n    id status note checkInAt recordedAt recordedBy person { id }\n  }\n": typeof types.AttendanceRecordFieldsFragmentDoc,
    "\n  query AttendanceCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      code\n      name\n      timeZone\n      completionThreshold\n      sessions(first: 100) {\n        nodes { id startsAt endsAt jp status module { id title } }\n      }\n      enrollments(first: 100, statuses: [ENROLLED, COMPLETED]) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { ...AttendanceEnrollmentFields }\n      }\n    }\n  }\n": typeof types.AttendanceCohortDocument,
    "\n  query SessionAttendance($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Session {\n        id\n        attendances(first: 100, after: $after) {\n          pageInfo { hasNextPage endCursor }\n          nodes { ...AttendanceRecordFields }\n        }\n      }\n    }\n  }\n": typeof types.SessionAttendanceDocument,
    "\n  query AttendanceMoreEnrollments($id: ID!, $after: String!) {\n    cohort(id: $id) {\n      id\n      enrollments(first: 100, after: $after, statuses: [ENROLLED, COMPLETED]) {\n        pageInfo { hasNextPage endCursor }\n        nodes { ...AttendanceEnrollmentFields }\n      }\n    }\n  }\n": typeof types.AttendanceMoreEnrollmentsDocument,
    "\n  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) {\n      attendances { id status note recordedBy }\n      errors { field code }\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  query AuditEvents($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id createdAt action actor actorLabel targetType targetId ip }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query CohortDetail($id: ID!) {\n    cohort(id: $id) {\n      id\n      code\n      name\n      startDate\n      endDate\n      timeZone\n      status\n      capacity\n      enrolledCount\n      waitlistedCount\n      online\n      completionThreshold\n      venue { id name }\n      program { id code name targetEselonGroups }\n      generationMix { generation count }\n      eselonMix { eselonGroup count }\n      moduleTargeting { module { id code title targetGenerations } targeted seated share outsideGenerations }\n    }\n  }\n": typeof types.CohortDetailDocument,
    "\n  mutation UpdateCohortStatus($input: UpdateCohortInput!) {\n    updateCohort(input: $input) {\n      cohort { id status }\n      errors { field code }\n    }\n  }\n": typeof types.UpdateCohortStatusDocument,
    "\n  mutation Withdraw($input: WithdrawInput!) {\n    withdraw(input: $input) {\n      errors { field code }\n      enrollment { id status }\n      promoted { id person { id name } }\n    }\n  }\n": typeof types.WithdrawDocument,
    "\n  query Cohorts($first: Int!, $after: String, $filter: CohortFilter) {\n    cohorts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        code\n        name\n        startDate\n        endDate\n        timeZone\n        status\n        capacity\n        enrolledCount\n        waitlistedCount\n        online\n        program { id code name }\n      }\n    }\n  }\n": typeof types.CohortsDocument,
    "\n  query ProgramOptions {\n    programs(first: 100) { nodes { id code name } }\n  }\n": typeof types.ProgramOptionsDocument,
    "\n  query CohortFormOptions {\n    programs(first: 100) { nodes { id code name completionThreshold } }\n    venues(first: 100) { nodes { id name capacity } }\n  }\n": typeof types.CohortFormOptionsDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      cohort { id code }\n      errors { field code }\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  query EnrollSearch($search: String!) {\n    persons(first: 10, filter: { search: $search }) {\n      totalCount\n      nodes { id name nip eselon eselonGroup generation jobTitle agency { id name } }\n    }\n  }\n": typeof types.EnrollSearchDocument,
    "\n  mutation Enroll($input: EnrollInput!) {\n    enroll(input: $input) {\n      errors { field code }\n      enrollments { id status waitlistPosition person { id name } }\n      results {\n        index personId status overridden\n        enrollment { id status waitlistPosition }\n        errors { code }\n        conflicts { otherCohortCode otherStartsAt otherEndsAt startsAt }\n      }\n    }\n  }\n": typeof types.EnrollDocument,
    "\n  query CohortEnrollments($id: ID!, $first: Int!, $after: String, $statuses: [EnrollmentStatus!]) {\n    cohort(id: $id) {\n      id\n      enrollments(first: $first, after: $after, statuses: $statuses) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        nodes {\n          id\n          status\n          waitlistPosition\n          overrideReason\n          person { id name eselon eselonGroup generation jobTitle agency { id name } }\n        }\n      }\n    }\n  }\n": typeof types.CohortEnrollmentsDocument,
    "\n  query CommunitiesPage {\n    communities(first: 100) { totalCount nodes { id name competencyArea requiresApproval memberCount } }\n  }\n": typeof types.CommunitiesPageDocument,
    "\n  query CommunityDetail($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Community {\n        name description\n        members(first: 100) { nodes { id role status person { id name eselonGroup generation } } }\n        units(first: 50) { nodes { id title minutes completions authorName } }\n        meetings(first: 50) { nodes { id title startsAt endsAt onlineUrl } }\n        threads(first: 20) { totalCount nodes { id title authorName } }\n      }\n    }\n  }\n": typeof types.CommunityDetailDocument,
    "\n  query CommunityPeopleSearch($search: String) { persons(first: 10, filter: { search: $search }) { nodes { id name eselonGroup generation } } }\n": typeof types.CommunityPeopleSearchDocument,
    "\n  mutation CreateCommunity($input: CreateCommunityInput!) { createCommunity(input: $input) { community { id name } errors { field code } } }\n": typeof types.CreateCommunityDocument,
    "\n  mutation AddCommunityMember($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id status } errors { field code } } }\n": typeof types.AddCommunityMemberDocument,
    "\n  mutation ApproveCommunityMember($memberId: ID!, $approve: Boolean) { approveCommunityMember(memberId: $memberId, approve: $approve) { member { id status } errors { field code } } }\n": typeof types.ApproveCommunityMemberDocument,
    "\n  mutation CreateMicroLearningUnit($input: CreateMicroLearningUnitInput!) { createMicroLearningUnit(input: $input) { unit { id title } errors { field code } } }\n": typeof types.CreateMicroLearningUnitDocument,
    "\n  mutation ScheduleCommunityMeeting($input: ScheduleCommunityMeetingInput!) {\n    scheduleCommunityMeeting(input: $input) { meeting { id } issues { code message params { otherCohortCode personCount } } errors { field code } }\n  }\n": typeof types.ScheduleCommunityMeetingDocument,
    "\n  query CommunityMixChart {\n    communityMix {\n      communities\n      byGeneration { generation members activeMembers postsAuthored unitsAuthored unitsConsumed itemsAuthored itemsConsumed consumedFromOtherGenerations }\n      byEselon { group members activeMembers }\n    }\n  }\n": typeof types.CommunityMixChartDocument,
    "\n  query LearningRecordsPage { externalLearningRecords(first: 100) { totalCount nodes { id source title startDate endDate jp evidenceUrl person { id name } } } }\n": typeof types.LearningRecordsPageDocument,
    "\n  query LearningRecordPeople($search: String) { persons(first: 10, filter: { search: $search }) { nodes { id name } } }\n": typeof types.LearningRecordPeopleDocument,
    "\n  mutation AddExternalLearningRecord($input: AddExternalLearningRecordInput!) { addExternalLearningRecord(input: $input) { record { id } errors { field code } } }\n": typeof types.AddExternalLearningRecordDocument,
    "\n  mutation ImportLearningRecords($csv: String!, $dryRun: Boolean) {\n    importLearningRecords(csv: $csv, dryRun: $dryRun) { dryRun totalRows validRows created rowErrors { row field code } errors { field code } }\n  }\n": typeof types.ImportLearningRecordsDocument,
    "\n  query MyCommunities {\n    viewer { person { id jpEarned { microLearning microLearningMinutes } } }\n    communities(first: 50) {\n      nodes {\n        id name competencyArea description requiresApproval memberCount\n        myMembership { id status }\n        meetings(first: 3) { nodes { id title startsAt onlineUrl } }\n        units(first: 30) { nodes { id title minutes url body completedByMe questions { prompt choices } } }\n      }\n    }\n  }\n": typeof types.MyCommunitiesDocument,
    "\n  mutation JoinMyCommunity($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id status } errors { field code } } }\n": typeof types.JoinMyCommunityDocument,
    "\n  mutation LeaveMyCommunity($communityId: ID!) { leaveCommunity(communityId: $communityId) { community { id memberCount myMembership { id status } } errors { field code } } }\n": typeof types.LeaveMyCommunityDocument,
    "\n  mutation CompleteMyUnit($input: CompleteMicroLearningInput!) { completeMicroLearning(input: $input) { minutesEarned unit { id completedByMe } errors { field code } } }\n": typeof types.CompleteMyUnitDocument,
    "\n  query FacilitatorAgencies {\n    agencies(first: 100) { nodes { id code name } }\n  }\n": typeof types.FacilitatorAgenciesDocument,
    "\n  query FacilitatorPersonSearch($search: String!) {\n    persons(first: 8, filter: { search: $search }) { nodes { id name jobTitle } }\n  }\n": typeof types.FacilitatorPersonSearchDocument,
    "\n  mutation CreateFacilitator($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) { facilitator { ...FacilitatorFields } errors { field code } }\n  }\n": typeof types.CreateFacilitatorDocument,
    "\n  mutation UpdateFacilitator($input: UpdateFacilitatorInput!) {\n    updateFacilitator(input: $input) { facilitator { ...FacilitatorFields } errors { field code } }\n  }\n": typeof types.UpdateFacilitatorDocument,
    "\n  query FacilitatorDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Facilitator {\n        ...FacilitatorFields\n        trainingModules { id code title program { id code } }\n        unavailability(first: 100) { nodes { id startsAt endsAt reason } }\n      }\n    }\n  }\n": typeof types.FacilitatorDetailDocument,
    "\n  query FacilitatorList($first: Int!, $after: String, $includeArchived: Boolean) {\n    facilitators(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...FacilitatorFields }\n    }\n  }\n": typeof types.FacilitatorListDocument,
    "\n  fragment FacilitatorFields on Facilitator {\n    id version name kind email phone expertise archivedAt\n    agency { id code name }\n    person { id name }\n  }\n": typeof types.FacilitatorFieldsFragmentDoc,
    "\n  query GroupsPage($cohortId: ID!) {\n    cohort(id: $cohortId) { id code name }\n    cohortGroups(cohortId: $cohortId, first: 100) {\n      nodes { id number name members { id name generation eselonGroup } }\n    }\n  }\n": typeof types.GroupsPageDocument,
    "\n  mutation ProposeGroups($cohortId: ID!, $size: Int!) {\n    proposeGroups(cohortId: $cohortId, size: $size) {\n      groups { number members { id name generation eselonGroup } }\n      errors { field code }\n    }\n  }\n": typeof types.ProposeGroupsDocument,
    "\n  mutation ApplyGroups($cohortId: ID!, $groups: [[ID!]!]!, $force: Boolean) {\n    applyGroups(cohortId: $cohortId, groups: $groups, force: $force) {\n      groups { id number name members { id name generation eselonGroup } }\n      errors { field code }\n    }\n  }\n": typeof types.ApplyGroupsDocument,
    "\n  query KnowledgeEdit($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on KnowledgeItem {\n        kind title body links competencyAreas version\n        authors { id name } contributors { id name } interviewee { id name }\n        agency { id } sourceMentoringPair { id } sourceMentoringMeeting { id } sourceActionPlanId\n      }\n      ... on Person { name }\n    }\n  }\n": typeof types.KnowledgeEditDocument,
    "\n  query KnowledgePeople($search: String) {\n    persons(first: 8, filter: { search: $search }) { nodes { id name jobTitle agency { name } } }\n  }\n": typeof types.KnowledgePeopleDocument,
    "\n  mutation CreateKnowledgeItem($input: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $input) { item { id } errors { field code } } }\n": typeof types.CreateKnowledgeItemDocument,
    "\n  mutation UpdateKnowledgeItem($input: UpdateKnowledgeItemInput!) { updateKnowledgeItem(input: $input) { item { id version } errors { field code } } }\n": typeof types.UpdateKnowledgeItemDocument,
    "\n  query KnowledgeList($search: String, $filter: KnowledgeItemFilter, $after: String) {\n    knowledgeItems(search: $search, filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind title summary status competencyAreas authors { id name } interviewee { id name } }\n    }\n  }\n": typeof types.KnowledgeListDocument,
    "\n  query KnowledgeItem($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on KnowledgeItem {\n        kind title bodyHtml links competencyAreas status publishedAt\n        authors { id name } contributors { id name } interviewee { id name } sourceMentoringMeeting { id date }\n      }\n    }\n  }\n": typeof types.KnowledgeItemDocument,
    "\n  mutation PublishKnowledgeItem($id: ID!) { publishKnowledgeItem(id: $id) { item { id status publishedAt } errors { field code } } }\n": typeof types.PublishKnowledgeItemDocument,
    "\n  mutation ArchiveKnowledgeItem($id: ID!) { archiveKnowledgeItem(id: $id) { item { id status } errors { field code } } }\n": typeof types.ArchiveKnowledgeItemDocument,
    "\n  query RetirementRiskList($years: Int!) {\n    retirementRisk(filter: { withinYears: $years }, first: 50) {\n      totalCount\n      nodes { retirementAge retirementDate person { id name jobTitle eselonGroup agency { name } } }\n    }\n  }\n": typeof types.RetirementRiskListDocument,
    "\n  mutation IssueCalendarFeed {\n    issueCalendarFeed { url errors { code } }\n  }\n": typeof types.IssueCalendarFeedDocument,
    "\n  query MyProgress {\n    viewer {\n      person {\n        id\n        enrollments(first: 10) {\n          nodes {\n            id\n            status\n            jpEarned\n            jpScheduled\n            completionRate\n            meetsThreshold\n            passVerdict { code sessionsNeeded jpNeeded }\n            cohort { id code name completionThreshold }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyProgressDocument,
    "\n  query MySchedule($from: DateTimeISO!, $to: DateTimeISO!) {\n    mySchedule(from: $from, to: $to) {\n      session { id }\n      date startTime zone\n      ...MyScheduleCard\n    }\n  }\n": typeof types.MyScheduleDocument,
    "\n  fragment MyScheduleCard on MyScheduleEntry {\n    date startTime endTime zone title place cohortCode groupName cancelled\n  }\n": typeof types.MyScheduleCardFragmentDoc,
    "\n  query WaitingForSupervisor {\n    nominations(first: 50, filter: { statuses: [SUPERVISOR_PENDING] }) {\n      nodes { id note person { id name jobTitle } agency { name } cohort { id name startDate endDate } }\n    }\n  }\n": typeof types.WaitingForSupervisorDocument,
    "\n  mutation SupervisorDecision($input: SupervisorDecisionInput!) {\n    decideNominationAsSupervisor(input: $input) { nomination { id status } errors { field code } }\n  }\n": typeof types.SupervisorDecisionDocument,
    "\n  query MentoringPage($cohortId: ID!) {\n    cohort(id: $cohortId) { id code name }\n    mentoringPairs(cohortId: $cohortId, first: 100) {\n      totalCount\n      nodes {\n        id\n        active\n        mentor { id name generation eselonGroup jobTitle agency { id name } }\n        mentee { id name generation eselonGroup jobTitle agency { id name } }\n        meetings { id date minutes topic }\n      }\n    }\n  }\n": typeof types.MentoringPageDocument,
    "\n  query SuggestMentoringPairs($cohortId: ID!) {\n    suggestMentoringPairs(cohortId: $cohortId) {\n      mentor { id name generation eselonGroup agency { id name } }\n      mentee { id name generation eselonGroup agency { id name } }\n    }\n  }\n": typeof types.SuggestMentoringPairsDocument,
    "\n  mutation CreateMentoringPair($cohortId: ID!, $mentorId: ID!, $menteeId: ID!) {\n    createMentoringPair(cohortId: $cohortId, mentorId: $mentorId, menteeId: $menteeId) {\n      pair { id active }\n      errors { field code }\n    }\n  }\n": typeof types.CreateMentoringPairDocument,
    "\n  mutation EndMentoringPair($id: ID!) {\n    endMentoringPair(id: $id) {\n      pair { id active }\n      errors { field code }\n    }\n  }\n": typeof types.EndMentoringPairDocument,
    "\n  mutation LogMentoringMeeting($input: MeetingInput!) {\n    logMentoringMeeting(input: $input) {\n      meeting { id date minutes topic }\n      errors { field code }\n    }\n  }\n": typeof types.LogMentoringMeetingDocument,
    "\n  query AgencyNominations {\n    agencyLeaderSummary { year roster nominated trained agency { id name } }\n    cohorts(first: 50, filter: { statuses: [OPEN] }) {\n      nodes { id code name startDate quotaReleaseDate quotas { seats used } }\n    }\n    nominations(first: 100) {\n      nodes { id status note reason cohort { id code } person { id name eselon } }\n    }\n  }\n": typeof types.AgencyNominationsDocument,
    "\n  query AgencyPeople($search: String) {\n    persons(first: 20, filter: { search: $search }) { nodes { id name eselon jobTitle } }\n  }\n": typeof types.AgencyPeopleDocument,
    "\n  mutation Nominate($input: NominateInput!) {\n    nominate(input: $input) { nomination { id status } errors { field code } }\n  }\n": typeof types.NominateDocument,
    "\n  mutation WithdrawNomination($id: ID!) {\n    withdrawNomination(nominationId: $id) { nomination { id status } errors { field code } }\n  }\n": typeof types.WithdrawNominationDocument,
    "\n  query OfficerAgencies {\n    agencies(first: 100) { nodes { id code name } }\n  }\n": typeof types.OfficerAgenciesDocument,
    "\n  mutation CreateAgencyOfficer($input: CreateAccountInput!) {\n    createAccount(input: $input) { account { id name } errors { field code } }\n  }\n": typeof types.CreateAgencyOfficerDocument,
    "\n  query NominationsPage($filter: NominationFilter) {\n    cohorts(first: 100) { nodes { id code name status } }\n    nominations(first: 100, filter: $filter) {\n      totalCount\n      nodes { id status note reason cohort { id code status } person { id name eselon } agency { id name } }\n    }\n  }\n": typeof types.NominationsPageDocument,
    "\n  mutation DecideNomination($input: DecideNominationInput!) {\n    decideNomination(input: $input) { nomination { id status reason } errors { field code } }\n  }\n": typeof types.DecideNominationDocument,
    "\n  mutation ApproveNominationAsSupervisor($input: SupervisorDecisionInput!) {\n    decideNominationAsSupervisor(input: $input) { nomination { id status } errors { field code } }\n  }\n": typeof types.ApproveNominationAsSupervisorDocument,
    "\n  query CohortQuotas($id: ID!) {\n    cohort(id: $id) { id code capacity quotaReleaseDays quotaReleaseDate quotas { agency { id } seats used } }\n    agencies(first: 100) { nodes { id code name } }\n  }\n": typeof types.CohortQuotasDocument,
    "\n  mutation SetCohortQuotas($cohortId: ID!, $quotas: [AgencyQuotaInput!]!, $releaseDays: Int) {\n    setCohortQuotas(cohortId: $cohortId, quotas: $quotas, releaseDays: $releaseDays) { cohort { id quotaReleaseDate } errors { field code } }\n  }\n": typeof types.SetCohortQuotasDocument,
    "\n  mutation UndoNominationDecline($id: ID!) {\n    undoNominationDecline(nominationId: $id) { nomination { id status reason } errors { field code } }\n  }\n": typeof types.UndoNominationDeclineDocument,
    "\n  query MyNoticePreferences {\n    viewer { person { id noticeLocale noticesOff } }\n  }\n": typeof types.MyNoticePreferencesDocument,
    "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      person { id noticeLocale noticesOff }\n      errors { field code }\n    }\n  }\n": typeof types.SetNotificationPreferencesDocument,
    "\n  query Notifications($first: Int!, $after: String, $filter: NotificationFilter) {\n    notifications(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id kind status attempts lastErrorCode sentAt sentTo createdAt nextAttemptAt person { id name } }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query NotificationPreview($id: ID!) {\n    node(id: $id) { __typename id ... on Notification { sentTo preview { subject text attachments } } }\n  }\n": typeof types.NotificationPreviewDocument,
    "\n  query DataSubjectPerson($nip: String!) {\n    person(nip: $nip) { id name nip jobTitle employmentType agency { id name } }\n  }\n": typeof types.DataSubjectPersonDocument,
    "\n  mutation ExportPersonData($personId: ID!) {\n    exportPersonData(personId: $personId) { data errors { code } }\n  }\n": typeof types.ExportPersonDataDocument,
    "\n  mutation ErasePerson($personId: ID!) {\n    erasePerson(personId: $personId) { person { id name } errors { code } }\n  }\n": typeof types.ErasePersonDocument,
    "\n  query PersonFormAgencies {\n    agencies(first: 100) { nodes { id code name } }\n  }\n": typeof types.PersonFormAgenciesDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { person { ...PersonFields } errors { field code } }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) { person { ...PersonFields } errors { field code } }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  fragment PersonHistoryEnrollment on Enrollment {\n    id status jpEarned jpScheduled completionRate certificateNumber\n    cohort { id code name startDate endDate program { id code name } }\n  }\n": typeof types.PersonHistoryEnrollmentFragmentDoc,
    "\n  query PersonPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Person {\n        ...PersonFields\n        eselonGroup\n        positionClass\n        generation\n        jpThisYear\n        jpEarned { lintas microLearning external }\n        enrollments(first: 100) {\n          totalCount\n          nodes { id ...PersonHistoryEnrollment }\n        }\n        mentoringPairs { id active cohort { id code } mentor { id name } mentee { id name } }\n      }\n    }\n    unavailabilities(first: 1, personId: $id) { totalCount }\n  }\n": typeof types.PersonPageDocument,
    "\n  query PersonPickerSearch($search: String!) {\n    persons(first: 8, filter: { search: $search }) { nodes { id name jobTitle agency { id code } } }\n  }\n": typeof types.PersonPickerSearchDocument,
    "\n  query PersonUnavailability($id: ID!) {\n    node(id: $id) { id ... on Person { name } }\n    unavailabilities(first: 100, personId: $id) { nodes { id startsAt endsAt reason } }\n  }\n": typeof types.PersonUnavailabilityDocument,
    "\n  mutation AddUnavailability($input: UnavailabilityInput!) {\n    addUnavailability(input: $input) { unavailability { id } errors { field code } }\n  }\n": typeof types.AddUnavailabilityDocument,
    "\n  mutation RemoveUnavailability($id: ID!) {\n    removeUnavailability(id: $id) { unavailability { id } errors { code } }\n  }\n": typeof types.RemoveUnavailabilityDocument,
    "\n  fragment PersonFields on Person {\n    id version nip name employmentType positionType eselon positionClass jobTitle email phone archivedAt\n    agency { id code name }\n    supervisor { id name }\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  query ModuleFacilitators {\n    facilitators(first: 100) { nodes { id name kind } }\n  }\n": typeof types.ModuleFacilitatorsDocument,
    "\n  mutation CreateTrainingModule($input: CreateTrainingModuleInput!) {\n    createTrainingModule(input: $input) { trainingModule { ...TrainingModuleFields } errors { field code } }\n  }\n": typeof types.CreateTrainingModuleDocument,
    "\n  mutation UpdateTrainingModule($input: UpdateTrainingModuleInput!) {\n    updateTrainingModule(input: $input) { trainingModule { ...TrainingModuleFields } errors { field code } }\n  }\n": typeof types.UpdateTrainingModuleDocument,
    "\n  fragment ProgramCard on Program {\n    ...ProgramFields\n    totalJp\n    academy { id name }\n    modules(first: 1) { totalCount }\n    cohorts(first: 1) { totalCount }\n  }\n": typeof types.ProgramCardFragmentDoc,
    "\n  query ProgramDetail($id: ID!, $includeArchived: Boolean) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Program {\n        ...ProgramFields\n        totalJp\n        academy { id name }\n        cohorts(first: 50) {\n          totalCount\n          nodes { id code name startDate endDate status capacity enrolledCount waitlistedCount timeZone }\n        }\n      }\n    }\n    trainingModules(first: 100, programId: $id, includeArchived: $includeArchived) {\n      totalCount\n      nodes { ...TrainingModuleFields }\n    }\n  }\n": typeof types.ProgramDetailDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) { program { ...ProgramFields } errors { field code } }\n  }\n": typeof types.CreateProgramDocument,
    "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) { program { ...ProgramFields } errors { field code } }\n  }\n": typeof types.UpdateProgramDocument,
    "\n  query Programs($first: Int!, $after: String, $includeArchived: Boolean) {\n    programs(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id ...ProgramCard }\n    }\n  }\n": typeof types.ProgramsDocument,
    "\n  fragment ProgramFields on Program {\n    id version code name kind trainingKind targetEselonGroups completionThreshold description archivedAt\n  }\n": typeof types.ProgramFieldsFragmentDoc,
    "\n  fragment TrainingModuleFields on TrainingModule {\n    id version position code title competencyArea format jp targetGenerations crossGeneration archivedAt\n    facilitators { id name }\n  }\n": typeof types.TrainingModuleFieldsFragmentDoc,
    "\n  query ReportJpCompliance($year: Int!, $filter: ReportFilter, $first: Int!, $after: String) {\n    jpCompliance(year: $year, filter: $filter) {\n      year\n      required\n      byEselon { group roster reached rate }\n      below(first: $first, after: $after) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        nodes { id name eselon eselonGroup jobTitle agency { id name } }\n      }\n    }\n  }\n": typeof types.ReportJpComplianceDocument,
    "\n  query ReportFilterOptions($academyId: ID, $isAdmin: Boolean!, $cohortFilter: CohortFilter) {\n    academies(first: 100) @include(if: $isAdmin) { nodes { id code name } }\n    programs(academyId: $academyId, first: 100) { nodes { id code name } }\n    cohorts(first: 100, filter: $cohortFilter) { nodes { id code name } }\n    agencies(academyId: $academyId, first: 100) { nodes { id name province } }\n  }\n": typeof types.ReportFilterOptionsDocument,
    "\n  query ReportDashboard($filter: ReportFilter) {\n    participationByEselon(filter: $filter) {\n      group roster enrolled attended completed participationRate completionRate attendanceRate\n    }\n    participationByGeneration(filter: $filter) { group roster enrolled participationRate }\n    participationMatrix(filter: $filter) { eselonGroup generation roster enrolled participationRate }\n    assessmentGain(filter: $filter) { eselonGroup generation paired meanPre meanPost meanGain crossed crossedRate }\n    literacyTarget(filter: $filter) {\n      target targetYear rate gap\n      byEselon { group roster literate rate }\n      trend { year roster literate rate }\n    }\n  }\n": typeof types.ReportDashboardDocument,
    "\n  query ImportAgencyCodes {\n    agencies(first: 100) { totalCount nodes { id code name } }\n  }\n": typeof types.ImportAgencyCodesDocument,
    "\n  query Roster($first: Int!, $after: String, $filter: PersonFilter) {\n    persons(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        name\n        nip\n        employmentType\n        eselon\n        eselonGroup\n        generation\n        jobTitle\n        agency { id code name }\n      }\n    }\n  }\n": typeof types.RosterDocument,
    "\n  query RosterAgencies {\n    agencies(first: 100) { nodes { id code name } }\n  }\n": typeof types.RosterAgenciesDocument,
    "\n  mutation CreateAgencies($input: [CreateAgencyInput!]!) {\n    createAgencies(input: $input) { agencies { id code } errors { field code } }\n  }\n": typeof types.CreateAgenciesDocument,
    "\n  query PersonImportProgress($id: ID!) {\n    personImport(id: $id) {\n      id\n      status\n      dryRun\n      totalRows\n      rowsRead\n      validRows\n      created\n      updated\n      rejectedRows\n      progress\n      errorCode\n      unknownAgencyCodes\n      rowErrors { line field code }\n    }\n  }\n": typeof types.PersonImportProgressDocument,
    "\n  query ScheduleBuilder($id: ID!) {\n    cohort(id: $id) {\n      id code name startDate endDate timeZone status\n      venue { id }\n      program { id code name modules(first: 100) { nodes { id code title jp } } }\n      sessions(first: 100) {\n        totalCount\n        nodes { id version status startsAt endsAt module { id code title jp } venue { id name } facilitator { id name } }\n      }\n    }\n    venues(first: 100) { nodes { id name capacity } }\n    facilitators(first: 100) { nodes { id name } }\n  }\n": typeof types.ScheduleBuilderDocument,
    "\n  query ScheduleConflicts($id: ID!) {\n    scheduleConflicts(cohortId: $id) { ...ScheduleIssueFields }\n  }\n": typeof types.ScheduleConflictsDocument,
    "\n  fragment ScheduleIssueFields on ScheduleIssue {\n    code severity sessionId index otherSessionId otherCohortCode moduleId personCount\n    params {\n      date holidayName cohortStartDate cohortEndDate timeZone workdayStart workdayEnd venueName venueCapacity\n      facilitatorName otherCohortCode otherStartsAt personCount moduleCode moduleTitle scheduledJp plannedJp outsideGenerations\n    }\n  }\n": typeof types.ScheduleIssueFieldsFragmentDoc,
    "\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) { sessions { id } issues { ...ScheduleIssueFields } errors { field code } }\n  }\n": typeof types.ScheduleSessionDocument,
    "\n  mutation MoveSession($input: MoveSessionInput!) {\n    moveSession(input: $input) { sessions { id version } issues { ...ScheduleIssueFields } errors { field code } }\n  }\n": typeof types.MoveSessionDocument,
    "\n  mutation DeleteSession($id: ID!) {\n    deleteSession(id: $id) { sessions { id status } issues { ...ScheduleIssueFields } errors { field code } }\n  }\n": typeof types.DeleteSessionDocument,
    "\n  mutation ApplySchedule($cohortId: ID!, $operations: [ScheduleOperationInput!]!, $force: Boolean) {\n    applySchedule(cohortId: $cohortId, operations: $operations, force: $force) {\n      sessions { id } issues { ...ScheduleIssueFields } errors { field code }\n    }\n  }\n": typeof types.ApplyScheduleDocument,
    "\n  mutation AutoSchedule($cohortId: ID!) {\n    autoSchedule(cohortId: $cohortId) {\n      complete\n      errors { field code }\n      proposal { startsAt endsAt jp module { id code title } venue { id name } facilitator { id name } }\n      unplaced { reason module { id code title } }\n      warnings { ...ScheduleIssueFields }\n    }\n  }\n": typeof types.AutoScheduleDocument,
    "\n  query SetupProgress($academyId: ID) {\n    setupProgress(academyId: $academyId) {\n      complete\n      academy { id code name }\n      steps { key done count }\n    }\n  }\n": typeof types.SetupProgressDocument,
    "\n  query SetupAcademies {\n    academies(first: 100) { nodes { id code name } }\n  }\n": typeof types.SetupAcademiesDocument,
    "\n  query SetupState {\n    setupProgress { complete academy { id } }\n  }\n": typeof types.SetupStateDocument,
    "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) { venue { ...VenueFields } errors { field code } }\n  }\n": typeof types.CreateVenueDocument,
    "\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) { venue { ...VenueFields } errors { field code } }\n  }\n": typeof types.UpdateVenueDocument,
    "\n  query VenueList($first: Int!, $after: String, $includeArchived: Boolean) {\n    venues(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...VenueFields }\n    }\n  }\n": typeof types.VenueListDocument,
    "\n  fragment VenueFields on Venue {\n    id version code name capacity timeZone address onlineUrl archivedAt\n  }\n": typeof types.VenueFieldsFragmentDoc,
    "\n  query WebhookDeliveries($subscriptionId: ID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id eventId eventType occurredAt status attemptCount maxAttempts lastHttpStatus lastError nextAttemptAt deliveredAt redelivery createdAt\n        attempts { number attemptedAt httpStatus durationMs error }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      delivery { id status }\n      errors { code }\n    }\n  }\n": typeof types.RedeliverWebhookDeliveryDocument,
    "\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription { id url }\n      errors { field code }\n    }\n  }\n": typeof types.CreateWebhookSubscriptionDocument,
    "\n  query WebhookSubscriptions($first: Int!, $after: String) {\n    webhookSubscriptions(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id url events description active secretHint previousSecretExpiresAt createdAt academy { id code } }\n    }\n  }\n": typeof types.WebhookSubscriptionsDocument,
    "\n  query WebhookAcademies {\n    academies(first: 100) { nodes { id code name } }\n  }\n": typeof types.WebhookAcademiesDocument,
    "\n  mutation RotateWebhookSecret($id: ID!, $overlapHours: Float) {\n    rotateWebhookSecret(id: $id, overlapHours: $overlapHours) {\n      secret\n      subscription { id url secretHint previousSecretExpiresAt }\n      errors { code }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhookSubscription($id: ID!) {\n    deleteWebhookSubscription(id: $id) { deletedId errors { code } }\n  }\n": typeof types.DeleteWebhookSubscriptionDocument,
    "\n  mutation UpdateWebhookSubscription($input: UpdateWebhookSubscriptionInput!) {\n    updateWebhookSubscription(input: $input) {\n      subscription { id url events description active }\n      errors { field code }\n    }\n  }\n": typeof types.UpdateWebhookSubscriptionDocument,
};
const documents: Documents = {
    "\n  mutation ArchiveNode($id: ID!) {\n    archive(id: $id) { node { id } errors { field code } }\n  }\n": types.ArchiveNodeDocument,
    "\n  mutation RestoreNode($id: ID!) {\n    restore(id: $id) { node { id } errors { field code } }\n  }\n": types.RestoreNodeDocument,
    "\n  query AcademyList($first: Int!, $after: String, $includeArchived: Boolean) {\n    academies(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...AcademyFields }\n    }\n  }\n": types.AcademyListDocument,
    "\n  mutation CreateAcademy($input: CreateAcademyInput!) {\n    createAcademy(input: $input) { academy { ...AcademyFields } errors { field code } }\n  }\n": types.CreateAcademyDocument,
    "\n  mutation UpdateAcademy($input: UpdateAcademyInput!) {\n    updateAcademy(input: $input) { academy { ...AcademyFields } errors { field code } }\n  }\n": types.UpdateAcademyDocument,
    "\n  query AcademyChoices {\n    academies(first: 100) { nodes { id code name } }\n  }\n": types.AcademyChoicesDocument,
    "\n  fragment AcademyFields on Academy {\n    id version code name province timeZone certificatePrefix archivedAt\n  }\n": types.AcademyFieldsFragmentDoc,
    "\n  query Accounts($first: Int!, $after: String) {\n    accounts(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id name email role disabled totpEnabled lastSignInAt academy { id code } person { id name } }\n    }\n  }\n": types.AccountsDocument,
    "\n  query AccountAcademies {\n    academies(first: 100) { nodes { id code name } }\n  }\n": types.AccountAcademiesDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account { id name }\n      errors { field code }\n    }\n  }\n": types.CreateAccountDocument,
    "\n  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {\n    setAccountDisabled(id: $id, disabled: $disabled) {\n      account { id disabled }\n      errors { code }\n    }\n  }\n": types.SetAccountDisabledDocument,
    "\n  query ApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id name prefix scopes expiresAt lastUsedAt revokedAt academy { id code } }\n    }\n  }\n": types.ApiTokensDocument,
    "\n  query TokenAcademies {\n    academies(first: 100) { nodes { id code name } }\n  }\n": types.TokenAcademiesDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken { id name }\n      errors { field code }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      apiToken { id revokedAt }\n      errors { code }\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation CreateInvitation($personId: ID!) {\n    createInvitation(personId: $personId) {\n      code\n      expiresAt\n      person { id name }\n      errors { code }\n    }\n  }\n": types.CreateInvitationDocument,
    "\n  mutation StartMfaEnrolment {\n    startMfaEnrolment { secret otpauthUri errors { code } }\n  }\n": types.StartMfaEnrolmentDocument,
    "\n  mutation ConfirmMfaEnrolment($code: String!) {\n    confirmMfaEnrolment(code: $code) {\n      recoveryCodes\n      viewer { ...ViewerFields }\n      errors { code }\n    }\n  }\n": types.ConfirmMfaEnrolmentDocument,
    "\n  mutation RedeemInvitation($input: RedeemInvitationInput!) {\n    redeemInvitation(input: $input) {\n      viewer { ...ViewerFields }\n      errors { field code }\n    }\n  }\n": types.RedeemInvitationDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer { role }\n      errors { field code }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation VerifyMfa($code: String!) {\n    verifyMfa(code: $code) {\n      viewer { role }\n      errors { field code }\n    }\n  }\n": types.VerifyMfaDocument,
    "\n  mutation SignOut {\n    signOut { signedOut }\n  }\n": types.SignOutDocument,
    "\n  fragment ViewerFields on Viewer {\n    role\n    mfaRequired\n    mfaEnrolmentRequired\n    academy { id code name province timeZone }\n    person { id name }\n    account { id name email totpEnabled }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer { ...ViewerFields }\n  }\n": types.ViewerDocument,
    "\n  query ActionPlanLinks {\n    waiting: actionPlans(first: 1, filter: { awaitingMyReview: true }) { totalCount }\n  }\n": types.ActionPlanLinksDocument,
    "\n  mutation ReviewActionPlan($input: ReviewActionPlanInput!) {\n    reviewActionPlan(input: $input) { actionPlan { id status } errors { field code } }\n  }\n": types.ReviewActionPlanDocument,
    "\n  query ActionPlansWaitingForMe {\n    actionPlans(first: 50, filter: { awaitingMyReview: true }) {\n      totalCount\n      nodes {\n        id title problem goal status\n        person { id name jobTitle } cohort { id code name }\n        milestones { id title dueDate } attachments { title url }\n      }\n    }\n  }\n": types.ActionPlansWaitingForMeDocument,
    "\n  query ActionPlansToScore {\n    viewer { person { id } }\n    actionPlans(first: 50, filter: { statuses: [APPROVED, IMPLEMENTED] }) {\n      nodes {\n        id title status seminarScore viewerCan\n        person { id name jobTitle } cohort { id code name timeZone }\n        coach { id person { id } } mentor { id }\n        seminarSession { id startsAt endsAt module { id title } venue { id name } }\n        seminarScores { role score criteria { criterion score } }\n      }\n    }\n  }\n": types.ActionPlansToScoreDocument,
    "\n  query ActionPlansPage($filter: ActionPlanFilter) {\n    cohorts(first: 100) { nodes { id code name } }\n    facilitators(first: 100) { nodes { id name kind } }\n    actionPlans(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id status title problem goal seminarScore viewerCan\n        person { id name jobTitle eselonGroup } cohort { id code name }\n        coach { id name } mentor { id name }\n        milestones { id title dueDate status } attachments { title url }\n        seminarSession { id startsAt endsAt module { id title } venue { id name } }\n        seminarScores { role score criteria { criterion score } }\n      }\n    }\n  }\n": types.ActionPlansPageDocument,
    "\n  query ActionPlanMentorSearch($search: String!) {\n    persons(first: 10, filter: { search: $search }) { nodes { id name jobTitle } }\n  }\n": types.ActionPlanMentorSearchDocument,
    "\n  mutation AssignActionPlanReviewers($input: SaveActionPlanInput!) {\n    saveActionPlan(input: $input) { actionPlan { id coach { id name } mentor { id name } } errors { field code } }\n  }\n": types.AssignActionPlanReviewersDocument,
    "\n  mutation MarkActionPlanImplemented($id: ID!) {\n    markActionPlanImplemented(actionPlanId: $id) { actionPlan { id status } errors { field code } }\n  }\n": types.MarkActionPlanImplementedDocument,
    "\n  query MyActionPlans {\n    viewer {\n      person {\n        id\n        enrollments(first: 10) {\n          nodes {\n            id status cohort { id code name timeZone }\n            actionPlan {\n              id status title problem goal reviewNote viewerCan seminarScore\n              coach { id name } mentor { id name }\n              attachments { title url }\n              milestones { id title dueDate status doneDate }\n              seminarSession { id startsAt endsAt module { id title } venue { id name } }\n              seminarScores { role score criteria { criterion score } }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyActionPlansDocument,
    "\n  mutation SaveMyActionPlan($input: SaveActionPlanInput!) {\n    saveActionPlan(input: $input) { actionPlan { id status } errors { field code } }\n  }\n": types.SaveMyActionPlanDocument,
    "\n  mutation SubmitMyActionPlan($id: ID!) {\n    submitActionPlan(actionPlanId: $id) { actionPlan { id status } errors { field code } }\n  }\n": types.SubmitMyActionPlanDocument,
    "\n  mutation MyMilestoneDone($id: ID!, $milestones: [MilestoneProgressInput!]!) {\n    updateActionPlanMilestones(actionPlanId: $id, milestones: $milestones) { actionPlan { id milestones { id status doneDate } } errors { field code } }\n  }\n": types.MyMilestoneDoneDocument,
    "\n  query SeminarSessions($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Cohort { id code timeZone sessions(first: 100) { nodes { id startsAt endsAt module { id title } venue { id name } } } }\n    }\n  }\n": types.SeminarSessionsDocument,
    "\n  mutation SetActionPlanSeminar($id: ID!, $sessionId: ID) {\n    setActionPlanSeminar(actionPlanId: $id, sessionId: $sessionId) {\n      actionPlan { id seminarSession { id startsAt endsAt module { id title } venue { id name } } }\n      errors { field code }\n    }\n  }\n": types.SetActionPlanSeminarDocument,
    "\n  mutation ScoreActionPlan($input: ScoreActionPlanInput!) {\n    scoreActionPlan(input: $input) {\n      actionPlan { id seminarScore seminarScores { role score criteria { criterion score } } }\n      errors { field code }\n    }\n  }\n": types.ScoreActionPlanDocument,
    "\n  query AgencyList($first: Int!, $after: String, $includeArchived: Boolean) {\n    agencies(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...AgencyFields }\n    }\n  }\n": types.AgencyListDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { agency { ...AgencyFields } errors { field code } }\n  }\n": types.CreateAgencyDocument,
    "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) { agency { ...AgencyFields } errors { field code } }\n  }\n": types.UpdateAgencyDocument,
    "\n  mutation ImportAgencies($csv: String!, $dryRun: Boolean!) {\n    importAgencies(csv: $csv, dryRun: $dryRun) {\n      dryRun totalRows validRows created updated rejectedRows\n      errors { code field }\n      rowErrors { row field code }\n    }\n  }\n": types.ImportAgenciesDocument,
    "\n  fragment AgencyFields on Agency {\n    id version code name level province timeZone archivedAt\n    academy { id code }\n  }\n": types.AgencyFieldsFragmentDoc,
    "\n  query AssessmentsPage($cohortId: ID!) {\n    cohort(id: $cohortId) {\n      id code name\n      enrollments(first: 100, statuses: [ENROLLED, COMPLETED]) { nodes { id person { id name agency { name } } } }\n    }\n    assessments(cohortId: $cohortId, first: 100) { nodes { id kind score person { id } } }\n  }\n": types.AssessmentsPageDocument,
    "\n  mutation RecordAssessments($cohortId: ID!, $entries: [AssessmentEntryInput!]!) {\n    recordAssessments(cohortId: $cohortId, entries: $entries) { assessments { id kind score } errors { field code } }\n  }\n": types.RecordAssessmentsDocument,
    "\n  mutation ImportAssessments($cohortId: ID!, $csv: String!) {\n    importAssessments(cohortId: $cohortId, csv: $csv) { assessments { id } errors { field code } }\n  }\n": types.ImportAssessmentsDocument,
    "\n  mutation MarkUnrecordedAbsent($sessionId: ID!) {\n    markUnrecordedAbsent(sessionId: $sessionId) {\n      attendances { id status }\n      errors { field code }\n    }\n  }\n": types.MarkUnrecordedAbsentDocument,
    "\n  query AttendanceSheet($id: ID!) {\n    cohortAttendanceSheet(cohortId: $id) {\n      cohort { id code name startDate endDate timeZone completionThreshold program { id code name } }\n      sessions {\n        id startsAt endsAt moduleTitle jp\n        group { id name }\n        totals { present late excused sick officialDuty absent notRecorded }\n      }\n      rows {\n        person { id name nip }\n        enrollmentStatus\n        group { id name }\n        cells { sessionId status applies }\n        counts { present late excused sick officialDuty absent notRecorded }\n        jpEarned jpScheduled attendanceRate completionRate meetsThreshold completed\n      }\n    }\n  }\n": types.AttendanceSheetDocument,
    "\n  query AttendanceWarnings($cohortId: ID!) {\n    attendanceWarnings(cohortId: $cohortId, consecutiveAbsences: 3) {\n      kind\n      personId\n      jpEarned\n      jpPossible\n      consecutiveAbsences\n      verdict { code sessionsNeeded jpNeeded }\n      person { id name agency { id name } }\n    }\n  }\n": types.AttendanceWarningsDocument,
    "\n  mutation CheckIn($code: String!) {\n    checkIn(code: $code) {\n      attendance { id status checkInAt session { id module { id title } cohort { id timeZone } } }\n      errors { field code }\n    }\n  }\n": types.CheckInDocument,
    "\n  query RoomSession($id: ID!) {\n    node(id: $id) {\n      ... on Session {\n        id\n        startsAt\n        endsAt\n        status\n        module { id title }\n        venue { id name }\n        cohort { id code name timeZone }\n      }\n    }\n  }\n": types.RoomSessionDocument,
    "\n  query CheckInCode($sessionId: ID!) {\n    checkInCode(sessionId: $sessionId) { code expiresAt open url }\n  }\n": types.CheckInCodeDocument,
    "\n  fragment AttendanceEnrollmentFields on Enrollment {\n    id jpScheduled jpEarned jpExempt completionRate meetsThreshold\n    person { id name nip eselonGroup agency { id name } }\n  }\n": types.AttendanceEnrollmentFieldsFragmentDoc,
    "\n  fragment AttendanceRecordFields on Attendance {\n    id status note checkInAt recordedAt recordedBy person { id }\n  }\n": types.AttendanceRecordFieldsFragmentDoc,
    "\n  query AttendanceCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      code\n      name\n      timeZone\n      completionThreshold\n      sessions(first: 100) {\n        nodes { id startsAt endsAt jp status module { id title } }\n      }\n      enrollments(first: 100, statuses: [ENROLLED, COMPLETED]) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { ...AttendanceEnrollmentFields }\n      }\n    }\n  }\n": types.AttendanceCohortDocument,
    "\n  query SessionAttendance($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Session {\n        id\n        attendances(first: 100, after: $after) {\n          pageInfo { hasNextPage endCursor }\n          nodes { ...AttendanceRecordFields }\n        }\n      }\n    }\n  }\n": types.SessionAttendanceDocument,
    "\n  query AttendanceMoreEnrollments($id: ID!, $after: String!) {\n    cohort(id: $id) {\n      id\n      enrollments(first: 100, after: $after, statuses: [ENROLLED, COMPLETED]) {\n        pageInfo { hasNextPage endCursor }\n        nodes { ...AttendanceEnrollmentFields }\n      }\n    }\n  }\n": types.AttendanceMoreEnrollmentsDocument,
    "\n  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) {\n      attendances { id status note recordedBy }\n      errors { field code }\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  query AuditEvents($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id createdAt action actor actorLabel targetType targetId ip }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query CohortDetail($id: ID!) {\n    cohort(id: $id) {\n      id\n      code\n      name\n      startDate\n      endDate\n      timeZone\n      status\n      capacity\n      enrolledCount\n      waitlistedCount\n      online\n      completionThreshold\n      venue { id name }\n      program { id code name targetEselonGroups }\n      generationMix { generation count }\n      eselonMix { eselonGroup count }\n      moduleTargeting { module { id code title targetGenerations } targeted seated share outsideGenerations }\n    }\n  }\n": types.CohortDetailDocument,
    "\n  mutation UpdateCohortStatus($input: UpdateCohortInput!) {\n    updateCohort(input: $input) {\n      cohort { id status }\n      errors { field code }\n    }\n  }\n": types.UpdateCohortStatusDocument,
    "\n  mutation Withdraw($input: WithdrawInput!) {\n    withdraw(input: $input) {\n      errors { field code }\n      enrollment { id status }\n      promoted { id person { id name } }\n    }\n  }\n": types.WithdrawDocument,
    "\n  query Cohorts($first: Int!, $after: String, $filter: CohortFilter) {\n    cohorts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        code\n        name\n        startDate\n        endDate\n        timeZone\n        status\n        capacity\n        enrolledCount\n        waitlistedCount\n        online\n        program { id code name }\n      }\n    }\n  }\n": types.CohortsDocument,
    "\n  query ProgramOptions {\n    programs(first: 100) { nodes { id code name } }\n  }\n": types.ProgramOptionsDocument,
    "\n  query CohortFormOptions {\n    programs(first: 100) { nodes { id code name completionThreshold } }\n    venues(first: 100) { nodes { id name capacity } }\n  }\n": types.CohortFormOptionsDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      cohort { id code }\n      errors { field code }\n    }\n  }\n": types.CreateCohortDocument,
    "\n  query EnrollSearch($search: String!) {\n    persons(first: 10, filter: { search: $search }) {\n      totalCount\n      nodes { id name nip eselon eselonGroup generation jobTitle agency { id name } }\n    }\n  }\n": types.EnrollSearchDocument,
    "\n  mutation Enroll($input: EnrollInput!) {\n    enroll(input: $input) {\n      errors { field code }\n      enrollments { id status waitlistPosition person { id name } }\n      results {\n        index personId status overridden\n        enrollment { id status waitlistPosition }\n        errors { code }\n        conflicts { otherCohortCode otherStartsAt otherEndsAt startsAt }\n      }\n    }\n  }\n": types.EnrollDocument,
    "\n  query CohortEnrollments($id: ID!, $first: Int!, $after: String, $statuses: [EnrollmentStatus!]) {\n    cohort(id: $id) {\n      id\n      enrollments(first: $first, after: $after, statuses: $statuses) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        nodes {\n          id\n          status\n          waitlistPosition\n          overrideReason\n          person { id name eselon eselonGroup generation jobTitle agency { id name } }\n        }\n      }\n    }\n  }\n": types.CohortEnrollmentsDocument,
    "\n  query CommunitiesPage {\n    communities(first: 100) { totalCount nodes { id name competencyArea requiresApproval memberCount } }\n  }\n": types.CommunitiesPageDocument,
    "\n  query CommunityDetail($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Community {\n        name description\n        members(first: 100) { nodes { id role status person { id name eselonGroup generation } } }\n        units(first: 50) { nodes { id title minutes completions authorName } }\n        meetings(first: 50) { nodes { id title startsAt endsAt onlineUrl } }\n        threads(first: 20) { totalCount nodes { id title authorName } }\n      }\n    }\n  }\n": types.CommunityDetailDocument,
    "\n  query CommunityPeopleSearch($search: String) { persons(first: 10, filter: { search: $search }) { nodes { id name eselonGroup generation } } }\n": types.CommunityPeopleSearchDocument,
    "\n  mutation CreateCommunity($input: CreateCommunityInput!) { createCommunity(input: $input) { community { id name } errors { field code } } }\n": types.CreateCommunityDocument,
    "\n  mutation AddCommunityMember($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id status } errors { field code } } }\n": types.AddCommunityMemberDocument,
    "\n  mutation ApproveCommunityMember($memberId: ID!, $approve: Boolean) { approveCommunityMember(memberId: $memberId, approve: $approve) { member { id status } errors { field code } } }\n": types.ApproveCommunityMemberDocument,
    "\n  mutation CreateMicroLearningUnit($input: CreateMicroLearningUnitInput!) { createMicroLearningUnit(input: $input) { unit { id title } errors { field code } } }\n": types.CreateMicroLearningUnitDocument,
    "\n  mutation ScheduleCommunityMeeting($input: ScheduleCommunityMeetingInput!) {\n    scheduleCommunityMeeting(input: $input) { meeting { id } issues { code message params { otherCohortCode personCount } } errors { field code } }\n  }\n": types.ScheduleCommunityMeetingDocument,
    "\n  query CommunityMixChart {\n    communityMix {\n      communities\n      byGeneration { generation members activeMembers postsAuthored unitsAuthored unitsConsumed itemsAuthored itemsConsumed consumedFromOtherGenerations }\n      byEselon { group members activeMembers }\n    }\n  }\n": types.CommunityMixChartDocument,
    "\n  query LearningRecordsPage { externalLearningRecords(first: 100) { totalCount nodes { id source title startDate endDate jp evidenceUrl person { id name } } } }\n": types.LearningRecordsPageDocument,
    "\n  query LearningRecordPeople($search: String) { persons(first: 10, filter: { search: $search }) { nodes { id name } } }\n": types.LearningRecordPeopleDocument,
    "\n  mutation AddExternalLearningRecord($input: AddExternalLearningRecordInput!) { addExternalLearningRecord(input: $input) { record { id } errors { field code } } }\n": types.AddExternalLearningRecordDocument,
    "\n  mutation ImportLearningRecords($csv: String!, $dryRun: Boolean) {\n    importLearningRecords(csv: $csv, dryRun: $dryRun) { dryRun totalRows validRows created rowErrors { row field code } errors { field code } }\n  }\n": types.ImportLearningRecordsDocument,
    "\n  query MyCommunities {\n    viewer { person { id jpEarned { microLearning microLearningMinutes } } }\n    communities(first: 50) {\n      nodes {\n        id name competencyArea description requiresApproval memberCount\n        myMembership { id status }\n        meetings(first: 3) { nodes { id title startsAt onlineUrl } }\n        units(first: 30) { nodes { id title minutes url body completedByMe questions { prompt choices } } }\n      }\n    }\n  }\n": types.MyCommunitiesDocument,
    "\n  mutation JoinMyCommunity($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id status } errors { field code } } }\n": types.JoinMyCommunityDocument,
    "\n  mutation LeaveMyCommunity($communityId: ID!) { leaveCommunity(communityId: $communityId) { community { id memberCount myMembership { id status } } errors { field code } } }\n": types.LeaveMyCommunityDocument,
    "\n  mutation CompleteMyUnit($input: CompleteMicroLearningInput!) { completeMicroLearning(input: $input) { minutesEarned unit { id completedByMe } errors { field code } } }\n": types.CompleteMyUnitDocument,
    "\n  query FacilitatorAgencies {\n    agencies(first: 100) { nodes { id code name } }\n  }\n": types.FacilitatorAgenciesDocument,
    "\n  query FacilitatorPersonSearch($search: String!) {\n    persons(first: 8, filter: { search: $search }) { nodes { id name jobTitle } }\n  }\n": types.FacilitatorPersonSearchDocument,
    "\n  mutation CreateFacilitator($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) { facilitator { ...FacilitatorFields } errors { field code } }\n  }\n": types.CreateFacilitatorDocument,
    "\n  mutation UpdateFacilitator($input: UpdateFacilitatorInput!) {\n    updateFacilitator(input: $input) { facilitator { ...FacilitatorFields } errors { field code } }\n  }\n": types.UpdateFacilitatorDocument,
    "\n  query FacilitatorDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Facilitator {\n        ...FacilitatorFields\n        trainingModules { id code title program { id code } }\n        unavailability(first: 100) { nodes { id startsAt endsAt reason } }\n      }\n    }\n  }\n": types.FacilitatorDetailDocument,
    "\n  query FacilitatorList($first: Int!, $after: String, $includeArchived: Boolean) {\n    facilitators(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...FacilitatorFields }\n    }\n  }\n": types.FacilitatorListDocument,
    "\n  fragment FacilitatorFields on Facilitator {\n    id version name kind email phone expertise archivedAt\n    agency { id code name }\n    person { id name }\n  }\n": types.FacilitatorFieldsFragmentDoc,
    "\n  query GroupsPage($cohortId: ID!) {\n    cohort(id: $cohortId) { id code name }\n    cohortGroups(cohortId: $cohortId, first: 100) {\n      nodes { id number name members { id name generation eselonGroup } }\n    }\n  }\n": types.GroupsPageDocument,
    "\n  mutation ProposeGroups($cohortId: ID!, $size: Int!) {\n    proposeGroups(cohortId: $cohortId, size: $size) {\n      groups { number members { id name generation eselonGroup } }\n      errors { field code }\n    }\n  }\n": types.ProposeGroupsDocument,
    "\n  mutation ApplyGroups($cohortId: ID!, $groups: [[ID!]!]!, $force: Boolean) {\n    applyGroups(cohortId: $cohortId, groups: $groups, force: $force) {\n      groups { id number name members { id name generation eselonGroup } }\n      errors { field code }\n    }\n  }\n": types.ApplyGroupsDocument,
    "\n  query KnowledgeEdit($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on KnowledgeItem {\n        kind title body links competencyAreas version\n        authors { id name } contributors { id name } interviewee { id name }\n        agency { id } sourceMentoringPair { id } sourceMentoringMeeting { id } sourceActionPlanId\n      }\n      ... on Person { name }\n    }\n  }\n": types.KnowledgeEditDocument,
    "\n  query KnowledgePeople($search: String) {\n    persons(first: 8, filter: { search: $search }) { nodes { id name jobTitle agency { name } } }\n  }\n": types.KnowledgePeopleDocument,
    "\n  mutation CreateKnowledgeItem($input: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $input) { item { id } errors { field code } } }\n": types.CreateKnowledgeItemDocument,
    "\n  mutation UpdateKnowledgeItem($input: UpdateKnowledgeItemInput!) { updateKnowledgeItem(input: $input) { item { id version } errors { field code } } }\n": types.UpdateKnowledgeItemDocument,
    "\n  query KnowledgeList($search: String, $filter: KnowledgeItemFilter, $after: String) {\n    knowledgeItems(search: $search, filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind title summary status competencyAreas authors { id name } interviewee { id name } }\n    }\n  }\n": types.KnowledgeListDocument,
    "\n  query KnowledgeItem($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on KnowledgeItem {\n        kind title bodyHtml links competencyAreas status publishedAt\n        authors { id name } contributors { id name } interviewee { id name } sourceMentoringMeeting { id date }\n      }\n    }\n  }\n": types.KnowledgeItemDocument,
    "\n  mutation PublishKnowledgeItem($id: ID!) { publishKnowledgeItem(id: $id) { item { id status publishedAt } errors { field code } } }\n": types.PublishKnowledgeItemDocument,
    "\n  mutation ArchiveKnowledgeItem($id: ID!) { archiveKnowledgeItem(id: $id) { item { id status } errors { field code } } }\n": types.ArchiveKnowledgeItemDocument,
    "\n  query RetirementRiskList($years: Int!) {\n    retirementRisk(filter: { withinYears: $years }, first: 50) {\n      totalCount\n      nodes { retirementAge retirementDate person { id name jobTitle eselonGroup agency { name } } }\n    }\n  }\n": types.RetirementRiskListDocument,
    "\n  mutation IssueCalendarFeed {\n    issueCalendarFeed { url errors { code } }\n  }\n": types.IssueCalendarFeedDocument,
    "\n  query MyProgress {\n    viewer {\n      person {\n        id\n        enrollments(first: 10) {\n          nodes {\n            id\n            status\n            jpEarned\n            jpScheduled\n            completionRate\n            meetsThreshold\n            passVerdict { code sessionsNeeded jpNeeded }\n            cohort { id code name completionThreshold }\n          }\n        }\n      }\n    }\n  }\n": types.MyProgressDocument,
    "\n  query MySchedule($from: DateTimeISO!, $to: DateTimeISO!) {\n    mySchedule(from: $from, to: $to) {\n      session { id }\n      date startTime zone\n      ...MyScheduleCard\n    }\n  }\n": types.MyScheduleDocument,
    "\n  fragment MyScheduleCard on MyScheduleEntry {\n    date startTime endTime zone title place cohortCode groupName cancelled\n  }\n": types.MyScheduleCardFragmentDoc,
    "\n  query WaitingForSupervisor {\n    nominations(first: 50, filter: { statuses: [SUPERVISOR_PENDING] }) {\n      nodes { id note person { id name jobTitle } agency { name } cohort { id name startDate endDate } }\n    }\n  }\n": types.WaitingForSupervisorDocument,
    "\n  mutation SupervisorDecision($input: SupervisorDecisionInput!) {\n    decideNominationAsSupervisor(input: $input) { nomination { id status } errors { field code } }\n  }\n": types.SupervisorDecisionDocument,
    "\n  query MentoringPage($cohortId: ID!) {\n    cohort(id: $cohortId) { id code name }\n    mentoringPairs(cohortId: $cohortId, first: 100) {\n      totalCount\n      nodes {\n        id\n        active\n        mentor { id name generation eselonGroup jobTitle agency { id name } }\n        mentee { id name generation eselonGroup jobTitle agency { id name } }\n        meetings { id date minutes topic }\n      }\n    }\n  }\n": types.MentoringPageDocument,
    "\n  query SuggestMentoringPairs($cohortId: ID!) {\n    suggestMentoringPairs(cohortId: $cohortId) {\n      mentor { id name generation eselonGroup agency { id name } }\n      mentee { id name generation eselonGroup agency { id name } }\n    }\n  }\n": types.SuggestMentoringPairsDocument,
    "\n  mutation CreateMentoringPair($cohortId: ID!, $mentorId: ID!, $menteeId: ID!) {\n    createMentoringPair(cohortId: $cohortId, mentorId: $mentorId, menteeId: $menteeId) {\n      pair { id active }\n      errors { field code }\n    }\n  }\n": types.CreateMentoringPairDocument,
    "\n  mutation EndMentoringPair($id: ID!) {\n    endMentoringPair(id: $id) {\n      pair { id active }\n      errors { field code }\n    }\n  }\n": types.EndMentoringPairDocument,
    "\n  mutation LogMentoringMeeting($input: MeetingInput!) {\n    logMentoringMeeting(input: $input) {\n      meeting { id date minutes topic }\n      errors { field code }\n    }\n  }\n": types.LogMentoringMeetingDocument,
    "\n  query AgencyNominations {\n    agencyLeaderSummary { year roster nominated trained agency { id name } }\n    cohorts(first: 50, filter: { statuses: [OPEN] }) {\n      nodes { id code name startDate quotaReleaseDate quotas { seats used } }\n    }\n    nominations(first: 100) {\n      nodes { id status note reason cohort { id code } person { id name eselon } }\n    }\n  }\n": types.AgencyNominationsDocument,
    "\n  query AgencyPeople($search: String) {\n    persons(first: 20, filter: { search: $search }) { nodes { id name eselon jobTitle } }\n  }\n": types.AgencyPeopleDocument,
    "\n  mutation Nominate($input: NominateInput!) {\n    nominate(input: $input) { nomination { id status } errors { field code } }\n  }\n": types.NominateDocument,
    "\n  mutation WithdrawNomination($id: ID!) {\n    withdrawNomination(nominationId: $id) { nomination { id status } errors { field code } }\n  }\n": types.WithdrawNominationDocument,
    "\n  query OfficerAgencies {\n    agencies(first: 100) { nodes { id code name } }\n  }\n": types.OfficerAgenciesDocument,
    "\n  mutation CreateAgencyOfficer($input: CreateAccountInput!) {\n    createAccount(input: $input) { account { id name } errors { field code } }\n  }\n": types.CreateAgencyOfficerDocument,
    "\n  query NominationsPage($filter: NominationFilter) {\n    cohorts(first: 100) { nodes { id code name status } }\n    nominations(first: 100, filter: $filter) {\n      totalCount\n      nodes { id status note reason cohort { id code status } person { id name eselon } agency { id name } }\n    }\n  }\n": types.NominationsPageDocument,
    "\n  mutation DecideNomination($input: DecideNominationInput!) {\n    decideNomination(input: $input) { nomination { id status reason } errors { field code } }\n  }\n": types.DecideNominationDocument,
    "\n  mutation ApproveNominationAsSupervisor($input: SupervisorDecisionInput!) {\n    decideNominationAsSupervisor(input: $input) { nomination { id status } errors { field code } }\n  }\n": types.ApproveNominationAsSupervisorDocument,
    "\n  query CohortQuotas($id: ID!) {\n    cohort(id: $id) { id code capacity quotaReleaseDays quotaReleaseDate quotas { agency { id } seats used } }\n    agencies(first: 100) { nodes { id code name } }\n  }\n": types.CohortQuotasDocument,
    "\n  mutation SetCohortQuotas($cohortId: ID!, $quotas: [AgencyQuotaInput!]!, $releaseDays: Int) {\n    setCohortQuotas(cohortId: $cohortId, quotas: $quotas, releaseDays: $releaseDays) { cohort { id quotaReleaseDate } errors { field code } }\n  }\n": types.SetCohortQuotasDocument,
    "\n  mutation UndoNominationDecline($id: ID!) {\n    undoNominationDecline(nominationId: $id) { nomination { id status reason } errors { field code } }\n  }\n": types.UndoNominationDeclineDocument,
    "\n  query MyNoticePreferences {\n    viewer { person { id noticeLocale noticesOff } }\n  }\n": types.MyNoticePreferencesDocument,
    "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      person { id noticeLocale noticesOff }\n      errors { field code }\n    }\n  }\n": types.SetNotificationPreferencesDocument,
    "\n  query Notifications($first: Int!, $after: String, $filter: NotificationFilter) {\n    notifications(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id kind status attempts lastErrorCode sentAt sentTo createdAt nextAttemptAt person { id name } }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query NotificationPreview($id: ID!) {\n    node(id: $id) { __typename id ... on Notification { sentTo preview { subject text attachments } } }\n  }\n": types.NotificationPreviewDocument,
    "\n  query DataSubjectPerson($nip: String!) {\n    person(nip: $nip) { id name nip jobTitle employmentType agency { id name } }\n  }\n": types.DataSubjectPersonDocument,
    "\n  mutation ExportPersonData($personId: ID!) {\n    exportPersonData(personId: $personId) { data errors { code } }\n  }\n": types.ExportPersonDataDocument,
    "\n  mutation ErasePerson($personId: ID!) {\n    erasePerson(personId: $personId) { person { id name } errors { code } }\n  }\n": types.ErasePersonDocument,
    "\n  query PersonFormAgencies {\n    agencies(first: 100) { nodes { id code name } }\n  }\n": types.PersonFormAgenciesDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { person { ...PersonFields } errors { field code } }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) { person { ...PersonFields } errors { field code } }\n  }\n": types.UpdatePersonDocument,
    "\n  fragment PersonHistoryEnrollment on Enrollment {\n    id status jpEarned jpScheduled completionRate certificateNumber\n    cohort { id code name startDate endDate program { id code name } }\n  }\n": types.PersonHistoryEnrollmentFragmentDoc,
    "\n  query PersonPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Person {\n        ...PersonFields\n        eselonGroup\n        positionClass\n        generation\n        jpThisYear\n        jpEarned { lintas microLearning external }\n        enrollments(first: 100) {\n          totalCount\n          nodes { id ...PersonHistoryEnrollment }\n        }\n        mentoringPairs { id active cohort { id code } mentor { id name } mentee { id name } }\n      }\n    }\n    unavailabilities(first: 1, personId: $id) { totalCount }\n  }\n": types.PersonPageDocument,
    "\n  query PersonPickerSearch($search: String!) {\n    persons(first: 8, filter: { search: $search }) { nodes { id name jobTitle agency { id code } } }\n  }\n": types.PersonPickerSearchDocument,
    "\n  query PersonUnavailability($id: ID!) {\n    node(id: $id) { id ... on Person { name } }\n    unavailabilities(first: 100, personId: $id) { nodes { id startsAt endsAt reason } }\n  }\n": types.PersonUnavailabilityDocument,
    "\n  mutation AddUnavailability($input: UnavailabilityInput!) {\n    addUnavailability(input: $input) { unavailability { id } errors { field code } }\n  }\n": types.AddUnavailabilityDocument,
    "\n  mutation RemoveUnavailability($id: ID!) {\n    removeUnavailability(id: $id) { unavailability { id } errors { code } }\n  }\n": types.RemoveUnavailabilityDocument,
    "\n  fragment PersonFields on Person {\n    id version nip name employmentType positionType eselon positionClass jobTitle email phone archivedAt\n    agency { id code name }\n    supervisor { id name }\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  query ModuleFacilitators {\n    facilitators(first: 100) { nodes { id name kind } }\n  }\n": types.ModuleFacilitatorsDocument,
    "\n  mutation CreateTrainingModule($input: CreateTrainingModuleInput!) {\n    createTrainingModule(input: $input) { trainingModule { ...TrainingModuleFields } errors { field code } }\n  }\n": types.CreateTrainingModuleDocument,
    "\n  mutation UpdateTrainingModule($input: UpdateTrainingModuleInput!) {\n    updateTrainingModule(input: $input) { trainingModule { ...TrainingModuleFields } errors { field code } }\n  }\n": types.UpdateTrainingModuleDocument,
    "\n  fragment ProgramCard on Program {\n    ...ProgramFields\n    totalJp\n    academy { id name }\n    modules(first: 1) { totalCount }\n    cohorts(first: 1) { totalCount }\n  }\n": types.ProgramCardFragmentDoc,
    "\n  query ProgramDetail($id: ID!, $includeArchived: Boolean) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Program {\n        ...ProgramFields\n        totalJp\n        academy { id name }\n        cohorts(first: 50) {\n          totalCount\n          nodes { id code name startDate endDate status capacity enrolledCount waitlistedCount timeZone }\n        }\n      }\n    }\n    trainingModules(first: 100, programId: $id, includeArchived: $includeArchived) {\n      totalCount\n      nodes { ...TrainingModuleFields }\n    }\n  }\n": types.ProgramDetailDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) { program { ...ProgramFields } errors { field code } }\n  }\n": types.CreateProgramDocument,
    "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) { program { ...ProgramFields } errors { field code } }\n  }\n": types.UpdateProgramDocument,
    "\n  query Programs($first: Int!, $after: String, $includeArchived: Boolean) {\n    programs(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id ...ProgramCard }\n    }\n  }\n": types.ProgramsDocument,
    "\n  fragment ProgramFields on Program {\n    id version code name kind trainingKind targetEselonGroups completionThreshold description archivedAt\n  }\n": types.ProgramFieldsFragmentDoc,
    "\n  fragment TrainingModuleFields on TrainingModule {\n    id version position code title competencyArea format jp targetGenerations crossGeneration archivedAt\n    facilitators { id name }\n  }\n": types.TrainingModuleFieldsFragmentDoc,
    "\n  query ReportJpCompliance($year: Int!, $filter: ReportFilter, $first: Int!, $after: String) {\n    jpCompliance(year: $year, filter: $filter) {\n      year\n      required\n      byEselon { group roster reached rate }\n      below(first: $first, after: $after) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        nodes { id name eselon eselonGroup jobTitle agency { id name } }\n      }\n    }\n  }\n": types.ReportJpComplianceDocument,
    "\n  query ReportFilterOptions($academyId: ID, $isAdmin: Boolean!, $cohortFilter: CohortFilter) {\n    academies(first: 100) @include(if: $isAdmin) { nodes { id code name } }\n    programs(academyId: $academyId, first: 100) { nodes { id code name } }\n    cohorts(first: 100, filter: $cohortFilter) { nodes { id code name } }\n    agencies(academyId: $academyId, first: 100) { nodes { id name province } }\n  }\n": types.ReportFilterOptionsDocument,
    "\n  query ReportDashboard($filter: ReportFilter) {\n    participationByEselon(filter: $filter) {\n      group roster enrolled attended completed participationRate completionRate attendanceRate\n    }\n    participationByGeneration(filter: $filter) { group roster enrolled participationRate }\n    participationMatrix(filter: $filter) { eselonGroup generation roster enrolled participationRate }\n    assessmentGain(filter: $filter) { eselonGroup generation paired meanPre meanPost meanGain crossed crossedRate }\n    literacyTarget(filter: $filter) {\n      target targetYear rate gap\n      byEselon { group roster literate rate }\n      trend { year roster literate rate }\n    }\n  }\n": types.ReportDashboardDocument,
    "\n  query ImportAgencyCodes {\n    agencies(first: 100) { totalCount nodes { id code name } }\n  }\n": types.ImportAgencyCodesDocument,
    "\n  query Roster($first: Int!, $after: String, $filter: PersonFilter) {\n    persons(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        name\n        nip\n        employmentType\n        eselon\n        eselonGroup\n        generation\n        jobTitle\n        agency { id code name }\n      }\n    }\n  }\n": types.RosterDocument,
    "\n  query RosterAgencies {\n    agencies(first: 100) { nodes { id code name } }\n  }\n": types.RosterAgenciesDocument,
    "\n  mutation CreateAgencies($input: [CreateAgencyInput!]!) {\n    createAgencies(input: $input) { agencies { id code } errors { field code } }\n  }\n": types.CreateAgenciesDocument,
    "\n  query PersonImportProgress($id: ID!) {\n    personImport(id: $id) {\n      id\n      status\n      dryRun\n      totalRows\n      rowsRead\n      validRows\n      created\n      updated\n      rejectedRows\n      progress\n      errorCode\n      unknownAgencyCodes\n      rowErrors { line field code }\n    }\n  }\n": types.PersonImportProgressDocument,
    "\n  query ScheduleBuilder($id: ID!) {\n    cohort(id: $id) {\n      id code name startDate endDate timeZone status\n      venue { id }\n      program { id code name modules(first: 100) { nodes { id code title jp } } }\n      sessions(first: 100) {\n        totalCount\n        nodes { id version status startsAt endsAt module { id code title jp } venue { id name } facilitator { id name } }\n      }\n    }\n    venues(first: 100) { nodes { id name capacity } }\n    facilitators(first: 100) { nodes { id name } }\n  }\n": types.ScheduleBuilderDocument,
    "\n  query ScheduleConflicts($id: ID!) {\n    scheduleConflicts(cohortId: $id) { ...ScheduleIssueFields }\n  }\n": types.ScheduleConflictsDocument,
    "\n  fragment ScheduleIssueFields on ScheduleIssue {\n    code severity sessionId index otherSessionId otherCohortCode moduleId personCount\n    params {\n      date holidayName cohortStartDate cohortEndDate timeZone workdayStart workdayEnd venueName venueCapacity\n      facilitatorName otherCohortCode otherStartsAt personCount moduleCode moduleTitle scheduledJp plannedJp outsideGenerations\n    }\n  }\n": types.ScheduleIssueFieldsFragmentDoc,
    "\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) { sessions { id } issues { ...ScheduleIssueFields } errors { field code } }\n  }\n": types.ScheduleSessionDocument,
    "\n  mutation MoveSession($input: MoveSessionInput!) {\n    moveSession(input: $input) { sessions { id version } issues { ...ScheduleIssueFields } errors { field code } }\n  }\n": types.MoveSessionDocument,
    "\n  mutation DeleteSession($id: ID!) {\n    deleteSession(id: $id) { sessions { id status } issues { ...ScheduleIssueFields } errors { field code } }\n  }\n": types.DeleteSessionDocument,
    "\n  mutation ApplySchedule($cohortId: ID!, $operations: [ScheduleOperationInput!]!, $force: Boolean) {\n    applySchedule(cohortId: $cohortId, operations: $operations, force: $force) {\n      sessions { id } issues { ...ScheduleIssueFields } errors { field code }\n    }\n  }\n": types.ApplyScheduleDocument,
    "\n  mutation AutoSchedule($cohortId: ID!) {\n    autoSchedule(cohortId: $cohortId) {\n      complete\n      errors { field code }\n      proposal { startsAt endsAt jp module { id code title } venue { id name } facilitator { id name } }\n      unplaced { reason module { id code title } }\n      warnings { ...ScheduleIssueFields }\n    }\n  }\n": types.AutoScheduleDocument,
    "\n  query SetupProgress($academyId: ID) {\n    setupProgress(academyId: $academyId) {\n      complete\n      academy { id code name }\n      steps { key done count }\n    }\n  }\n": types.SetupProgressDocument,
    "\n  query SetupAcademies {\n    academies(first: 100) { nodes { id code name } }\n  }\n": types.SetupAcademiesDocument,
    "\n  query SetupState {\n    setupProgress { complete academy { id } }\n  }\n": types.SetupStateDocument,
    "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) { venue { ...VenueFields } errors { field code } }\n  }\n": types.CreateVenueDocument,
    "\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) { venue { ...VenueFields } errors { field code } }\n  }\n": types.UpdateVenueDocument,
    "\n  query VenueList($first: Int!, $after: String, $includeArchived: Boolean) {\n    venues(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...VenueFields }\n    }\n  }\n": types.VenueListDocument,
    "\n  fragment VenueFields on Venue {\n    id version code name capacity timeZone address onlineUrl archivedAt\n  }\n": types.VenueFieldsFragmentDoc,
    "\n  query WebhookDeliveries($subscriptionId: ID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id eventId eventType occurredAt status attemptCount maxAttempts lastHttpStatus lastError nextAttemptAt deliveredAt redelivery createdAt\n        attempts { number attemptedAt httpStatus durationMs error }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      delivery { id status }\n      errors { code }\n    }\n  }\n": types.RedeliverWebhookDeliveryDocument,
    "\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription { id url }\n      errors { field code }\n    }\n  }\n": types.CreateWebhookSubscriptionDocument,
    "\n  query WebhookSubscriptions($first: Int!, $after: String) {\n    webhookSubscriptions(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id url events description active secretHint previousSecretExpiresAt createdAt academy { id code } }\n    }\n  }\n": types.WebhookSubscriptionsDocument,
    "\n  query WebhookAcademies {\n    academies(first: 100) { nodes { id code name } }\n  }\n": types.WebhookAcademiesDocument,
    "\n  mutation RotateWebhookSecret($id: ID!, $overlapHours: Float) {\n    rotateWebhookSecret(id: $id, overlapHours: $overlapHours) {\n      secret\n      subscription { id url secretHint previousSecretExpiresAt }\n      errors { code }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhookSubscription($id: ID!) {\n    deleteWebhookSubscription(id: $id) { deletedId errors { code } }\n  }\n": types.DeleteWebhookSubscriptionDocument,
    "\n  mutation UpdateWebhookSubscription($input: UpdateWebhookSubscriptionInput!) {\n    updateWebhookSubscription(input: $input) {\n      subscription { id url events description active }\n      errors { field code }\n    }\n  }\n": types.UpdateWebhookSubscriptionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveNode($id: ID!) {\n    archive(id: $id) { node { id } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation ArchiveNode($id: ID!) {\n    archive(id: $id) { node { id } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreNode($id: ID!) {\n    restore(id: $id) { node { id } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation RestoreNode($id: ID!) {\n    restore(id: $id) { node { id } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcademyList($first: Int!, $after: String, $includeArchived: Boolean) {\n    academies(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...AcademyFields }\n    }\n  }\n"): (typeof documents)["\n  query AcademyList($first: Int!, $after: String, $includeArchived: Boolean) {\n    academies(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...AcademyFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAcademy($input: CreateAcademyInput!) {\n    createAcademy(input: $input) { academy { ...AcademyFields } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation CreateAcademy($input: CreateAcademyInput!) {\n    createAcademy(input: $input) { academy { ...AcademyFields } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAcademy($input: UpdateAcademyInput!) {\n    updateAcademy(input: $input) { academy { ...AcademyFields } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation UpdateAcademy($input: UpdateAcademyInput!) {\n    updateAcademy(input: $input) { academy { ...AcademyFields } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcademyChoices {\n    academies(first: 100) { nodes { id code name } }\n  }\n"): (typeof documents)["\n  query AcademyChoices {\n    academies(first: 100) { nodes { id code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AcademyFields on Academy {\n    id version code name province timeZone certificatePrefix archivedAt\n  }\n"): (typeof documents)["\n  fragment AcademyFields on Academy {\n    id version code name province timeZone certificatePrefix archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($first: Int!, $after: String) {\n    accounts(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id name email role disabled totpEnabled lastSignInAt academy { id code } person { id name } }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($first: Int!, $after: String) {\n    accounts(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id name email role disabled totpEnabled lastSignInAt academy { id code } person { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountAcademies {\n    academies(first: 100) { nodes { id code name } }\n  }\n"): (typeof documents)["\n  query AccountAcademies {\n    academies(first: 100) { nodes { id code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account { id name }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      account { id name }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {\n    setAccountDisabled(id: $id, disabled: $disabled) {\n      account { id disabled }\n      errors { code }\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {\n    setAccountDisabled(id: $id, disabled: $disabled) {\n      account { id disabled }\n      errors { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id name prefix scopes expiresAt lastUsedAt revokedAt academy { id code } }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id name prefix scopes expiresAt lastUsedAt revokedAt academy { id code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokenAcademies {\n    academies(first: 100) { nodes { id code name } }\n  }\n"): (typeof documents)["\n  query TokenAcademies {\n    academies(first: 100) { nodes { id code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken { id name }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken { id name }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      apiToken { id revokedAt }\n      errors { code }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      apiToken { id revokedAt }\n      errors { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvitation($personId: ID!) {\n    createInvitation(personId: $personId) {\n      code\n      expiresAt\n      person { id name }\n      errors { code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInvitation($personId: ID!) {\n    createInvitation(personId: $personId) {\n      code\n      expiresAt\n      person { id name }\n      errors { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMfaEnrolment {\n    startMfaEnrolment { secret otpauthUri errors { code } }\n  }\n"): (typeof documents)["\n  mutation StartMfaEnrolment {\n    startMfaEnrolment { secret otpauthUri errors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMfaEnrolment($code: String!) {\n    confirmMfaEnrolment(code: $code) {\n      recoveryCodes\n      viewer { ...ViewerFields }\n      errors { code }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmMfaEnrolment($code: String!) {\n    confirmMfaEnrolment(code: $code) {\n      recoveryCodes\n      viewer { ...ViewerFields }\n      errors { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemInvitation($input: RedeemInvitationInput!) {\n    redeemInvitation(input: $input) {\n      viewer { ...ViewerFields }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemInvitation($input: RedeemInvitationInput!) {\n    redeemInvitation(input: $input) {\n      viewer { ...ViewerFields }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer { role }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer { role }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyMfa($code: String!) {\n    verifyMfa(code: $code) {\n      viewer { role }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyMfa($code: String!) {\n    verifyMfa(code: $code) {\n      viewer { role }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut { signedOut }\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut { signedOut }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    role\n    mfaRequired\n    mfaEnrolmentRequired\n    academy { id code name province timeZone }\n    person { id name }\n    account { id name email totpEnabled }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    role\n    mfaRequired\n    mfaEnrolmentRequired\n    academy { id code name province timeZone }\n    person { id name }\n    account { id name email totpEnabled }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { ...ViewerFields }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer { ...ViewerFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlanLinks {\n    waiting: actionPlans(first: 1, filter: { awaitingMyReview: true }) { totalCount }\n  }\n"): (typeof documents)["\n  query ActionPlanLinks {\n    waiting: actionPlans(first: 1, filter: { awaitingMyReview: true }) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewActionPlan($input: ReviewActionPlanInput!) {\n    reviewActionPlan(input: $input) { actionPlan { id status } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation ReviewActionPlan($input: ReviewActionPlanInput!) {\n    reviewActionPlan(input: $input) { actionPlan { id status } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlansWaitingForMe {\n    actionPlans(first: 50, filter: { awaitingMyReview: true }) {\n      totalCount\n      nodes {\n        id title problem goal status\n        person { id name jobTitle } cohort { id code name }\n        milestones { id title dueDate } attachments { title url }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionPlansWaitingForMe {\n    actionPlans(first: 50, filter: { awaitingMyReview: true }) {\n      totalCount\n      nodes {\n        id title problem goal status\n        person { id name jobTitle } cohort { id code name }\n        milestones { id title dueDate } attachments { title url }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlansToScore {\n    viewer { person { id } }\n    actionPlans(first: 50, filter: { statuses: [APPROVED, IMPLEMENTED] }) {\n      nodes {\n        id title status seminarScore viewerCan\n        person { id name jobTitle } cohort { id code name timeZone }\n        coach { id person { id } } mentor { id }\n        seminarSession { id startsAt endsAt module { id title } venue { id name } }\n        seminarScores { role score criteria { criterion score } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionPlansToScore {\n    viewer { person { id } }\n    actionPlans(first: 50, filter: { statuses: [APPROVED, IMPLEMENTED] }) {\n      nodes {\n        id title status seminarScore viewerCan\n        person { id name jobTitle } cohort { id code name timeZone }\n        coach { id person { id } } mentor { id }\n        seminarSession { id startsAt endsAt module { id title } venue { id name } }\n        seminarScores { role score criteria { criterion score } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlansPage($filter: ActionPlanFilter) {\n    cohorts(first: 100) { nodes { id code name } }\n    facilitators(first: 100) { nodes { id name kind } }\n    actionPlans(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id status title problem goal seminarScore viewerCan\n        person { id name jobTitle eselonGroup } cohort { id code name }\n        coach { id name } mentor { id name }\n        milestones { id title dueDate status } attachments { title url }\n        seminarSession { id startsAt endsAt module { id title } venue { id name } }\n        seminarScores { role score criteria { criterion score } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionPlansPage($filter: ActionPlanFilter) {\n    cohorts(first: 100) { nodes { id code name } }\n    facilitators(first: 100) { nodes { id name kind } }\n    actionPlans(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id status title problem goal seminarScore viewerCan\n        person { id name jobTitle eselonGroup } cohort { id code name }\n        coach { id name } mentor { id name }\n        milestones { id title dueDate status } attachments { title url }\n        seminarSession { id startsAt endsAt module { id title } venue { id name } }\n        seminarScores { role score criteria { criterion score } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlanMentorSearch($search: String!) {\n    persons(first: 10, filter: { search: $search }) { nodes { id name jobTitle } }\n  }\n"): (typeof documents)["\n  query ActionPlanMentorSearch($search: String!) {\n    persons(first: 10, filter: { search: $search }) { nodes { id name jobTitle } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignActionPlanReviewers($input: SaveActionPlanInput!) {\n    saveActionPlan(input: $input) { actionPlan { id coach { id name } mentor { id name } } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation AssignActionPlanReviewers($input: SaveActionPlanInput!) {\n    saveActionPlan(input: $input) { actionPlan { id coach { id name } mentor { id name } } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkActionPlanImplemented($id: ID!) {\n    markActionPlanImplemented(actionPlanId: $id) { actionPlan { id status } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation MarkActionPlanImplemented($id: ID!) {\n    markActionPlanImplemented(actionPlanId: $id) { actionPlan { id status } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActionPlans {\n    viewer {\n      person {\n        id\n        enrollments(first: 10) {\n          nodes {\n            id status cohort { id code name timeZone }\n            actionPlan {\n              id status title problem goal reviewNote viewerCan seminarScore\n              coach { id name } mentor { id name }\n              attachments { title url }\n              milestones { id title dueDate status doneDate }\n              seminarSession { id startsAt endsAt module { id title } venue { id name } }\n              seminarScores { role score criteria { criterion score } }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyActionPlans {\n    viewer {\n      person {\n        id\n        enrollments(first: 10) {\n          nodes {\n            id status cohort { id code name timeZone }\n            actionPlan {\n              id status title problem goal reviewNote viewerCan seminarScore\n              coach { id name } mentor { id name }\n              attachments { title url }\n              milestones { id title dueDate status doneDate }\n              seminarSession { id startsAt endsAt module { id title } venue { id name } }\n              seminarScores { role score criteria { criterion score } }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMyActionPlan($input: SaveActionPlanInput!) {\n    saveActionPlan(input: $input) { actionPlan { id status } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation SaveMyActionPlan($input: SaveActionPlanInput!) {\n    saveActionPlan(input: $input) { actionPlan { id status } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMyActionPlan($id: ID!) {\n    submitActionPlan(actionPlanId: $id) { actionPlan { id status } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation SubmitMyActionPlan($id: ID!) {\n    submitActionPlan(actionPlanId: $id) { actionPlan { id status } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MyMilestoneDone($id: ID!, $milestones: [MilestoneProgressInput!]!) {\n    updateActionPlanMilestones(actionPlanId: $id, milestones: $milestones) { actionPlan { id milestones { id status doneDate } } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation MyMilestoneDone($id: ID!, $milestones: [MilestoneProgressInput!]!) {\n    updateActionPlanMilestones(actionPlanId: $id, milestones: $milestones) { actionPlan { id milestones { id status doneDate } } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeminarSessions($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Cohort { id code timeZone sessions(first: 100) { nodes { id startsAt endsAt module { id title } venue { id name } } } }\n    }\n  }\n"): (typeof documents)["\n  query SeminarSessions($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Cohort { id code timeZone sessions(first: 100) { nodes { id startsAt endsAt module { id title } venue { id name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActionPlanSeminar($id: ID!, $sessionId: ID) {\n    setActionPlanSeminar(actionPlanId: $id, sessionId: $sessionId) {\n      actionPlan { id seminarSession { id startsAt endsAt module { id title } venue { id name } } }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation SetActionPlanSeminar($id: ID!, $sessionId: ID) {\n    setActionPlanSeminar(actionPlanId: $id, sessionId: $sessionId) {\n      actionPlan { id seminarSession { id startsAt endsAt module { id title } venue { id name } } }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoreActionPlan($input: ScoreActionPlanInput!) {\n    scoreActionPlan(input: $input) {\n      actionPlan { id seminarScore seminarScores { role score criteria { criterion score } } }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation ScoreActionPlan($input: ScoreActionPlanInput!) {\n    scoreActionPlan(input: $input) {\n      actionPlan { id seminarScore seminarScores { role score criteria { criterion score } } }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyList($first: Int!, $after: String, $includeArchived: Boolean) {\n    agencies(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...AgencyFields }\n    }\n  }\n"): (typeof documents)["\n  query AgencyList($first: Int!, $after: String, $includeArchived: Boolean) {\n    agencies(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...AgencyFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { agency { ...AgencyFields } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { agency { ...AgencyFields } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) { agency { ...AgencyFields } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) { agency { ...AgencyFields } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportAgencies($csv: String!, $dryRun: Boolean!) {\n    importAgencies(csv: $csv, dryRun: $dryRun) {\n      dryRun totalRows validRows created updated rejectedRows\n      errors { code field }\n      rowErrors { row field code }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportAgencies($csv: String!, $dryRun: Boolean!) {\n    importAgencies(csv: $csv, dryRun: $dryRun) {\n      dryRun totalRows validRows created updated rejectedRows\n      errors { code field }\n      rowErrors { row field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyFields on Agency {\n    id version code name level province timeZone archivedAt\n    academy { id code }\n  }\n"): (typeof documents)["\n  fragment AgencyFields on Agency {\n    id version code name level province timeZone archivedAt\n    academy { id code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentsPage($cohortId: ID!) {\n    cohort(id: $cohortId) {\n      id code name\n      enrollments(first: 100, statuses: [ENROLLED, COMPLETED]) { nodes { id person { id name agency { name } } } }\n    }\n    assessments(cohortId: $cohortId, first: 100) { nodes { id kind score person { id } } }\n  }\n"): (typeof documents)["\n  query AssessmentsPage($cohortId: ID!) {\n    cohort(id: $cohortId) {\n      id code name\n      enrollments(first: 100, statuses: [ENROLLED, COMPLETED]) { nodes { id person { id name agency { name } } } }\n    }\n    assessments(cohortId: $cohortId, first: 100) { nodes { id kind score person { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAssessments($cohortId: ID!, $entries: [AssessmentEntryInput!]!) {\n    recordAssessments(cohortId: $cohortId, entries: $entries) { assessments { id kind score } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation RecordAssessments($cohortId: ID!, $entries: [AssessmentEntryInput!]!) {\n    recordAssessments(cohortId: $cohortId, entries: $entries) { assessments { id kind score } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportAssessments($cohortId: ID!, $csv: String!) {\n    importAssessments(cohortId: $cohortId, csv: $csv) { assessments { id } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation ImportAssessments($cohortId: ID!, $csv: String!) {\n    importAssessments(cohortId: $cohortId, csv: $csv) { assessments { id } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkUnrecordedAbsent($sessionId: ID!) {\n    markUnrecordedAbsent(sessionId: $sessionId) {\n      attendances { id status }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkUnrecordedAbsent($sessionId: ID!) {\n    markUnrecordedAbsent(sessionId: $sessionId) {\n      attendances { id status }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceSheet($id: ID!) {\n    cohortAttendanceSheet(cohortId: $id) {\n      cohort { id code name startDate endDate timeZone completionThreshold program { id code name } }\n      sessions {\n        id startsAt endsAt moduleTitle jp\n        group { id name }\n        totals { present late excused sick officialDuty absent notRecorded }\n      }\n      rows {\n        person { id name nip }\n        enrollmentStatus\n        group { id name }\n        cells { sessionId status applies }\n        counts { present late excused sick officialDuty absent notRecorded }\n        jpEarned jpScheduled attendanceRate completionRate meetsThreshold completed\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttendanceSheet($id: ID!) {\n    cohortAttendanceSheet(cohortId: $id) {\n      cohort { id code name startDate endDate timeZone completionThreshold program { id code name } }\n      sessions {\n        id startsAt endsAt moduleTitle jp\n        group { id name }\n        totals { present late excused sick officialDuty absent notRecorded }\n      }\n      rows {\n        person { id name nip }\n        enrollmentStatus\n        group { id name }\n        cells { sessionId status applies }\n        counts { present late excused sick officialDuty absent notRecorded }\n        jpEarned jpScheduled attendanceRate completionRate meetsThreshold completed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceWarnings($cohortId: ID!) {\n    attendanceWarnings(cohortId: $cohortId, consecutiveAbsences: 3) {\n      kind\n      personId\n      jpEarned\n      jpPossible\n      consecutiveAbsences\n      verdict { code sessionsNeeded jpNeeded }\n      person { id name agency { id name } }\n    }\n  }\n"): (typeof documents)["\n  query AttendanceWarnings($cohortId: ID!) {\n    attendanceWarnings(cohortId: $cohortId, consecutiveAbsences: 3) {\n      kind\n      personId\n      jpEarned\n      jpPossible\n      consecutiveAbsences\n      verdict { code sessionsNeeded jpNeeded }\n      person { id name agency { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($code: String!) {\n    checkIn(code: $code) {\n      attendance { id status checkInAt session { id module { id title } cohort { id timeZone } } }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation CheckIn($code: String!) {\n    checkIn(code: $code) {\n      attendance { id status checkInAt session { id module { id title } cohort { id timeZone } } }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomSession($id: ID!) {\n    node(id: $id) {\n      ... on Session {\n        id\n        startsAt\n        endsAt\n        status\n        module { id title }\n        venue { id name }\n        cohort { id code name timeZone }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomSession($id: ID!) {\n    node(id: $id) {\n      ... on Session {\n        id\n        startsAt\n        endsAt\n        status\n        module { id title }\n        venue { id name }\n        cohort { id code name timeZone }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInCode($sessionId: ID!) {\n    checkInCode(sessionId: $sessionId) { code expiresAt open url }\n  }\n"): (typeof documents)["\n  query CheckInCode($sessionId: ID!) {\n    checkInCode(sessionId: $sessionId) { code expiresAt open url }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttendanceEnrollmentFields on Enrollment {\n    id jpScheduled jpEarned jpExempt completionRate meetsThreshold\n    person { id name nip eselonGroup agency { id name } }\n  }\n"): (typeof documents)["\n  fragment AttendanceEnrollmentFields on Enrollment {\n    id jpScheduled jpEarned jpExempt completionRate meetsThreshold\n    person { id name nip eselonGroup agency { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttendanceRecordFields on Attendance {\n    id status note checkInAt recordedAt recordedBy person { id }\n  }\n"): (typeof documents)["\n  fragment AttendanceRecordFields on Attendance {\n    id status note checkInAt recordedAt recordedBy person { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      code\n      name\n      timeZone\n      completionThreshold\n      sessions(first: 100) {\n        nodes { id startsAt endsAt jp status module { id title } }\n      }\n      enrollments(first: 100, statuses: [ENROLLED, COMPLETED]) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { ...AttendanceEnrollmentFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttendanceCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      code\n      name\n      timeZone\n      completionThreshold\n      sessions(first: 100) {\n        nodes { id startsAt endsAt jp status module { id title } }\n      }\n      enrollments(first: 100, statuses: [ENROLLED, COMPLETED]) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { ...AttendanceEnrollmentFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionAttendance($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Session {\n        id\n        attendances(first: 100, after: $after) {\n          pageInfo { hasNextPage endCursor }\n          nodes { ...AttendanceRecordFields }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionAttendance($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Session {\n        id\n        attendances(first: 100, after: $after) {\n          pageInfo { hasNextPage endCursor }\n          nodes { ...AttendanceRecordFields }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceMoreEnrollments($id: ID!, $after: String!) {\n    cohort(id: $id) {\n      id\n      enrollments(first: 100, after: $after, statuses: [ENROLLED, COMPLETED]) {\n        pageInfo { hasNextPage endCursor }\n        nodes { ...AttendanceEnrollmentFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttendanceMoreEnrollments($id: ID!, $after: String!) {\n    cohort(id: $id) {\n      id\n      enrollments(first: 100, after: $after, statuses: [ENROLLED, COMPLETED]) {\n        pageInfo { hasNextPage endCursor }\n        nodes { ...AttendanceEnrollmentFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) {\n      attendances { id status note recordedBy }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) {\n      attendances { id status note recordedBy }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id createdAt action actor actorLabel targetType targetId ip }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($first: Int!, $after: String, $filter: AuditFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id createdAt action actor actorLabel targetType targetId ip }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortDetail($id: ID!) {\n    cohort(id: $id) {\n      id\n      code\n      name\n      startDate\n      endDate\n      timeZone\n      status\n      capacity\n      enrolledCount\n      waitlistedCount\n      online\n      completionThreshold\n      venue { id name }\n      program { id code name targetEselonGroups }\n      generationMix { generation count }\n      eselonMix { eselonGroup count }\n      moduleTargeting { module { id code title targetGenerations } targeted seated share outsideGenerations }\n    }\n  }\n"): (typeof documents)["\n  query CohortDetail($id: ID!) {\n    cohort(id: $id) {\n      id\n      code\n      name\n      startDate\n      endDate\n      timeZone\n      status\n      capacity\n      enrolledCount\n      waitlistedCount\n      online\n      completionThreshold\n      venue { id name }\n      program { id code name targetEselonGroups }\n      generationMix { generation count }\n      eselonMix { eselonGroup count }\n      moduleTargeting { module { id code title targetGenerations } targeted seated share outsideGenerations }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCohortStatus($input: UpdateCohortInput!) {\n    updateCohort(input: $input) {\n      cohort { id status }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCohortStatus($input: UpdateCohortInput!) {\n    updateCohort(input: $input) {\n      cohort { id status }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Withdraw($input: WithdrawInput!) {\n    withdraw(input: $input) {\n      errors { field code }\n      enrollment { id status }\n      promoted { id person { id name } }\n    }\n  }\n"): (typeof documents)["\n  mutation Withdraw($input: WithdrawInput!) {\n    withdraw(input: $input) {\n      errors { field code }\n      enrollment { id status }\n      promoted { id person { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohorts($first: Int!, $after: String, $filter: CohortFilter) {\n    cohorts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        code\n        name\n        startDate\n        endDate\n        timeZone\n        status\n        capacity\n        enrolledCount\n        waitlistedCount\n        online\n        program { id code name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cohorts($first: Int!, $after: String, $filter: CohortFilter) {\n    cohorts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        code\n        name\n        startDate\n        endDate\n        timeZone\n        status\n        capacity\n        enrolledCount\n        waitlistedCount\n        online\n        program { id code name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramOptions {\n    programs(first: 100) { nodes { id code name } }\n  }\n"): (typeof documents)["\n  query ProgramOptions {\n    programs(first: 100) { nodes { id code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortFormOptions {\n    programs(first: 100) { nodes { id code name completionThreshold } }\n    venues(first: 100) { nodes { id name capacity } }\n  }\n"): (typeof documents)["\n  query CohortFormOptions {\n    programs(first: 100) { nodes { id code name completionThreshold } }\n    venues(first: 100) { nodes { id name capacity } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      cohort { id code }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      cohort { id code }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrollSearch($search: String!) {\n    persons(first: 10, filter: { search: $search }) {\n      totalCount\n      nodes { id name nip eselon eselonGroup generation jobTitle agency { id name } }\n    }\n  }\n"): (typeof documents)["\n  query EnrollSearch($search: String!) {\n    persons(first: 10, filter: { search: $search }) {\n      totalCount\n      nodes { id name nip eselon eselonGroup generation jobTitle agency { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Enroll($input: EnrollInput!) {\n    enroll(input: $input) {\n      errors { field code }\n      enrollments { id status waitlistPosition person { id name } }\n      results {\n        index personId status overridden\n        enrollment { id status waitlistPosition }\n        errors { code }\n        conflicts { otherCohortCode otherStartsAt otherEndsAt startsAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Enroll($input: EnrollInput!) {\n    enroll(input: $input) {\n      errors { field code }\n      enrollments { id status waitlistPosition person { id name } }\n      results {\n        index personId status overridden\n        enrollment { id status waitlistPosition }\n        errors { code }\n        conflicts { otherCohortCode otherStartsAt otherEndsAt startsAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortEnrollments($id: ID!, $first: Int!, $after: String, $statuses: [EnrollmentStatus!]) {\n    cohort(id: $id) {\n      id\n      enrollments(first: $first, after: $after, statuses: $statuses) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        nodes {\n          id\n          status\n          waitlistPosition\n          overrideReason\n          person { id name eselon eselonGroup generation jobTitle agency { id name } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortEnrollments($id: ID!, $first: Int!, $after: String, $statuses: [EnrollmentStatus!]) {\n    cohort(id: $id) {\n      id\n      enrollments(first: $first, after: $after, statuses: $statuses) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        nodes {\n          id\n          status\n          waitlistPosition\n          overrideReason\n          person { id name eselon eselonGroup generation jobTitle agency { id name } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunitiesPage {\n    communities(first: 100) { totalCount nodes { id name competencyArea requiresApproval memberCount } }\n  }\n"): (typeof documents)["\n  query CommunitiesPage {\n    communities(first: 100) { totalCount nodes { id name competencyArea requiresApproval memberCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityDetail($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Community {\n        name description\n        members(first: 100) { nodes { id role status person { id name eselonGroup generation } } }\n        units(first: 50) { nodes { id title minutes completions authorName } }\n        meetings(first: 50) { nodes { id title startsAt endsAt onlineUrl } }\n        threads(first: 20) { totalCount nodes { id title authorName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityDetail($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Community {\n        name description\n        members(first: 100) { nodes { id role status person { id name eselonGroup generation } } }\n        units(first: 50) { nodes { id title minutes completions authorName } }\n        meetings(first: 50) { nodes { id title startsAt endsAt onlineUrl } }\n        threads(first: 20) { totalCount nodes { id title authorName } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityPeopleSearch($search: String) { persons(first: 10, filter: { search: $search }) { nodes { id name eselonGroup generation } } }\n"): (typeof documents)["\n  query CommunityPeopleSearch($search: String) { persons(first: 10, filter: { search: $search }) { nodes { id name eselonGroup generation } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommunity($input: CreateCommunityInput!) { createCommunity(input: $input) { community { id name } errors { field code } } }\n"): (typeof documents)["\n  mutation CreateCommunity($input: CreateCommunityInput!) { createCommunity(input: $input) { community { id name } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCommunityMember($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id status } errors { field code } } }\n"): (typeof documents)["\n  mutation AddCommunityMember($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id status } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveCommunityMember($memberId: ID!, $approve: Boolean) { approveCommunityMember(memberId: $memberId, approve: $approve) { member { id status } errors { field code } } }\n"): (typeof documents)["\n  mutation ApproveCommunityMember($memberId: ID!, $approve: Boolean) { approveCommunityMember(memberId: $memberId, approve: $approve) { member { id status } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMicroLearningUnit($input: CreateMicroLearningUnitInput!) { createMicroLearningUnit(input: $input) { unit { id title } errors { field code } } }\n"): (typeof documents)["\n  mutation CreateMicroLearningUnit($input: CreateMicroLearningUnitInput!) { createMicroLearningUnit(input: $input) { unit { id title } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleCommunityMeeting($input: ScheduleCommunityMeetingInput!) {\n    scheduleCommunityMeeting(input: $input) { meeting { id } issues { code message params { otherCohortCode personCount } } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation ScheduleCommunityMeeting($input: ScheduleCommunityMeetingInput!) {\n    scheduleCommunityMeeting(input: $input) { meeting { id } issues { code message params { otherCohortCode personCount } } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityMixChart {\n    communityMix {\n      communities\n      byGeneration { generation members activeMembers postsAuthored unitsAuthored unitsConsumed itemsAuthored itemsConsumed consumedFromOtherGenerations }\n      byEselon { group members activeMembers }\n    }\n  }\n"): (typeof documents)["\n  query CommunityMixChart {\n    communityMix {\n      communities\n      byGeneration { generation members activeMembers postsAuthored unitsAuthored unitsConsumed itemsAuthored itemsConsumed consumedFromOtherGenerations }\n      byEselon { group members activeMembers }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningRecordsPage { externalLearningRecords(first: 100) { totalCount nodes { id source title startDate endDate jp evidenceUrl person { id name } } } }\n"): (typeof documents)["\n  query LearningRecordsPage { externalLearningRecords(first: 100) { totalCount nodes { id source title startDate endDate jp evidenceUrl person { id name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningRecordPeople($search: String) { persons(first: 10, filter: { search: $search }) { nodes { id name } } }\n"): (typeof documents)["\n  query LearningRecordPeople($search: String) { persons(first: 10, filter: { search: $search }) { nodes { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddExternalLearningRecord($input: AddExternalLearningRecordInput!) { addExternalLearningRecord(input: $input) { record { id } errors { field code } } }\n"): (typeof documents)["\n  mutation AddExternalLearningRecord($input: AddExternalLearningRecordInput!) { addExternalLearningRecord(input: $input) { record { id } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportLearningRecords($csv: String!, $dryRun: Boolean) {\n    importLearningRecords(csv: $csv, dryRun: $dryRun) { dryRun totalRows validRows created rowErrors { row field code } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation ImportLearningRecords($csv: String!, $dryRun: Boolean) {\n    importLearningRecords(csv: $csv, dryRun: $dryRun) { dryRun totalRows validRows created rowErrors { row field code } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCommunities {\n    viewer { person { id jpEarned { microLearning microLearningMinutes } } }\n    communities(first: 50) {\n      nodes {\n        id name competencyArea description requiresApproval memberCount\n        myMembership { id status }\n        meetings(first: 3) { nodes { id title startsAt onlineUrl } }\n        units(first: 30) { nodes { id title minutes url body completedByMe questions { prompt choices } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCommunities {\n    viewer { person { id jpEarned { microLearning microLearningMinutes } } }\n    communities(first: 50) {\n      nodes {\n        id name competencyArea description requiresApproval memberCount\n        myMembership { id status }\n        meetings(first: 3) { nodes { id title startsAt onlineUrl } }\n        units(first: 30) { nodes { id title minutes url body completedByMe questions { prompt choices } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinMyCommunity($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id status } errors { field code } } }\n"): (typeof documents)["\n  mutation JoinMyCommunity($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id status } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveMyCommunity($communityId: ID!) { leaveCommunity(communityId: $communityId) { community { id memberCount myMembership { id status } } errors { field code } } }\n"): (typeof documents)["\n  mutation LeaveMyCommunity($communityId: ID!) { leaveCommunity(communityId: $communityId) { community { id memberCount myMembership { id status } } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMyUnit($input: CompleteMicroLearningInput!) { completeMicroLearning(input: $input) { minutesEarned unit { id completedByMe } errors { field code } } }\n"): (typeof documents)["\n  mutation CompleteMyUnit($input: CompleteMicroLearningInput!) { completeMicroLearning(input: $input) { minutesEarned unit { id completedByMe } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitatorAgencies {\n    agencies(first: 100) { nodes { id code name } }\n  }\n"): (typeof documents)["\n  query FacilitatorAgencies {\n    agencies(first: 100) { nodes { id code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitatorPersonSearch($search: String!) {\n    persons(first: 8, filter: { search: $search }) { nodes { id name jobTitle } }\n  }\n"): (typeof documents)["\n  query FacilitatorPersonSearch($search: String!) {\n    persons(first: 8, filter: { search: $search }) { nodes { id name jobTitle } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFacilitator($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) { facilitator { ...FacilitatorFields } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation CreateFacilitator($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) { facilitator { ...FacilitatorFields } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFacilitator($input: UpdateFacilitatorInput!) {\n    updateFacilitator(input: $input) { facilitator { ...FacilitatorFields } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation UpdateFacilitator($input: UpdateFacilitatorInput!) {\n    updateFacilitator(input: $input) { facilitator { ...FacilitatorFields } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitatorDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Facilitator {\n        ...FacilitatorFields\n        trainingModules { id code title program { id code } }\n        unavailability(first: 100) { nodes { id startsAt endsAt reason } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilitatorDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Facilitator {\n        ...FacilitatorFields\n        trainingModules { id code title program { id code } }\n        unavailability(first: 100) { nodes { id startsAt endsAt reason } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitatorList($first: Int!, $after: String, $includeArchived: Boolean) {\n    facilitators(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...FacilitatorFields }\n    }\n  }\n"): (typeof documents)["\n  query FacilitatorList($first: Int!, $after: String, $includeArchived: Boolean) {\n    facilitators(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...FacilitatorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FacilitatorFields on Facilitator {\n    id version name kind email phone expertise archivedAt\n    agency { id code name }\n    person { id name }\n  }\n"): (typeof documents)["\n  fragment FacilitatorFields on Facilitator {\n    id version name kind email phone expertise archivedAt\n    agency { id code name }\n    person { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupsPage($cohortId: ID!) {\n    cohort(id: $cohortId) { id code name }\n    cohortGroups(cohortId: $cohortId, first: 100) {\n      nodes { id number name members { id name generation eselonGroup } }\n    }\n  }\n"): (typeof documents)["\n  query GroupsPage($cohortId: ID!) {\n    cohort(id: $cohortId) { id code name }\n    cohortGroups(cohortId: $cohortId, first: 100) {\n      nodes { id number name members { id name generation eselonGroup } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeGroups($cohortId: ID!, $size: Int!) {\n    proposeGroups(cohortId: $cohortId, size: $size) {\n      groups { number members { id name generation eselonGroup } }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeGroups($cohortId: ID!, $size: Int!) {\n    proposeGroups(cohortId: $cohortId, size: $size) {\n      groups { number members { id name generation eselonGroup } }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyGroups($cohortId: ID!, $groups: [[ID!]!]!, $force: Boolean) {\n    applyGroups(cohortId: $cohortId, groups: $groups, force: $force) {\n      groups { id number name members { id name generation eselonGroup } }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyGroups($cohortId: ID!, $groups: [[ID!]!]!, $force: Boolean) {\n    applyGroups(cohortId: $cohortId, groups: $groups, force: $force) {\n      groups { id number name members { id name generation eselonGroup } }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeEdit($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on KnowledgeItem {\n        kind title body links competencyAreas version\n        authors { id name } contributors { id name } interviewee { id name }\n        agency { id } sourceMentoringPair { id } sourceMentoringMeeting { id } sourceActionPlanId\n      }\n      ... on Person { name }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeEdit($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on KnowledgeItem {\n        kind title body links competencyAreas version\n        authors { id name } contributors { id name } interviewee { id name }\n        agency { id } sourceMentoringPair { id } sourceMentoringMeeting { id } sourceActionPlanId\n      }\n      ... on Person { name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgePeople($search: String) {\n    persons(first: 8, filter: { search: $search }) { nodes { id name jobTitle agency { name } } }\n  }\n"): (typeof documents)["\n  query KnowledgePeople($search: String) {\n    persons(first: 8, filter: { search: $search }) { nodes { id name jobTitle agency { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKnowledgeItem($input: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $input) { item { id } errors { field code } } }\n"): (typeof documents)["\n  mutation CreateKnowledgeItem($input: CreateKnowledgeItemInput!) { createKnowledgeItem(input: $input) { item { id } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateKnowledgeItem($input: UpdateKnowledgeItemInput!) { updateKnowledgeItem(input: $input) { item { id version } errors { field code } } }\n"): (typeof documents)["\n  mutation UpdateKnowledgeItem($input: UpdateKnowledgeItemInput!) { updateKnowledgeItem(input: $input) { item { id version } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeList($search: String, $filter: KnowledgeItemFilter, $after: String) {\n    knowledgeItems(search: $search, filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind title summary status competencyAreas authors { id name } interviewee { id name } }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeList($search: String, $filter: KnowledgeItemFilter, $after: String) {\n    knowledgeItems(search: $search, filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind title summary status competencyAreas authors { id name } interviewee { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeItem($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on KnowledgeItem {\n        kind title bodyHtml links competencyAreas status publishedAt\n        authors { id name } contributors { id name } interviewee { id name } sourceMentoringMeeting { id date }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeItem($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on KnowledgeItem {\n        kind title bodyHtml links competencyAreas status publishedAt\n        authors { id name } contributors { id name } interviewee { id name } sourceMentoringMeeting { id date }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishKnowledgeItem($id: ID!) { publishKnowledgeItem(id: $id) { item { id status publishedAt } errors { field code } } }\n"): (typeof documents)["\n  mutation PublishKnowledgeItem($id: ID!) { publishKnowledgeItem(id: $id) { item { id status publishedAt } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveKnowledgeItem($id: ID!) { archiveKnowledgeItem(id: $id) { item { id status } errors { field code } } }\n"): (typeof documents)["\n  mutation ArchiveKnowledgeItem($id: ID!) { archiveKnowledgeItem(id: $id) { item { id status } errors { field code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetirementRiskList($years: Int!) {\n    retirementRisk(filter: { withinYears: $years }, first: 50) {\n      totalCount\n      nodes { retirementAge retirementDate person { id name jobTitle eselonGroup agency { name } } }\n    }\n  }\n"): (typeof documents)["\n  query RetirementRiskList($years: Int!) {\n    retirementRisk(filter: { withinYears: $years }, first: 50) {\n      totalCount\n      nodes { retirementAge retirementDate person { id name jobTitle eselonGroup agency { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCalendarFeed {\n    issueCalendarFeed { url errors { code } }\n  }\n"): (typeof documents)["\n  mutation IssueCalendarFeed {\n    issueCalendarFeed { url errors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProgress {\n    viewer {\n      person {\n        id\n        enrollments(first: 10) {\n          nodes {\n            id\n            status\n            jpEarned\n            jpScheduled\n            completionRate\n            meetsThreshold\n            passVerdict { code sessionsNeeded jpNeeded }\n            cohort { id code name completionThreshold }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProgress {\n    viewer {\n      person {\n        id\n        enrollments(first: 10) {\n          nodes {\n            id\n            status\n            jpEarned\n            jpScheduled\n            completionRate\n            meetsThreshold\n            passVerdict { code sessionsNeeded jpNeeded }\n            cohort { id code name completionThreshold }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySchedule($from: DateTimeISO!, $to: DateTimeISO!) {\n    mySchedule(from: $from, to: $to) {\n      session { id }\n      date startTime zone\n      ...MyScheduleCard\n    }\n  }\n"): (typeof documents)["\n  query MySchedule($from: DateTimeISO!, $to: DateTimeISO!) {\n    mySchedule(from: $from, to: $to) {\n      session { id }\n      date startTime zone\n      ...MyScheduleCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyScheduleCard on MyScheduleEntry {\n    date startTime endTime zone title place cohortCode groupName cancelled\n  }\n"): (typeof documents)["\n  fragment MyScheduleCard on MyScheduleEntry {\n    date startTime endTime zone title place cohortCode groupName cancelled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitingForSupervisor {\n    nominations(first: 50, filter: { statuses: [SUPERVISOR_PENDING] }) {\n      nodes { id note person { id name jobTitle } agency { name } cohort { id name startDate endDate } }\n    }\n  }\n"): (typeof documents)["\n  query WaitingForSupervisor {\n    nominations(first: 50, filter: { statuses: [SUPERVISOR_PENDING] }) {\n      nodes { id note person { id name jobTitle } agency { name } cohort { id name startDate endDate } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisorDecision($input: SupervisorDecisionInput!) {\n    decideNominationAsSupervisor(input: $input) { nomination { id status } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation SupervisorDecision($input: SupervisorDecisionInput!) {\n    decideNominationAsSupervisor(input: $input) { nomination { id status } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentoringPage($cohortId: ID!) {\n    cohort(id: $cohortId) { id code name }\n    mentoringPairs(cohortId: $cohortId, first: 100) {\n      totalCount\n      nodes {\n        id\n        active\n        mentor { id name generation eselonGroup jobTitle agency { id name } }\n        mentee { id name generation eselonGroup jobTitle agency { id name } }\n        meetings { id date minutes topic }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentoringPage($cohortId: ID!) {\n    cohort(id: $cohortId) { id code name }\n    mentoringPairs(cohortId: $cohortId, first: 100) {\n      totalCount\n      nodes {\n        id\n        active\n        mentor { id name generation eselonGroup jobTitle agency { id name } }\n        mentee { id name generation eselonGroup jobTitle agency { id name } }\n        meetings { id date minutes topic }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestMentoringPairs($cohortId: ID!) {\n    suggestMentoringPairs(cohortId: $cohortId) {\n      mentor { id name generation eselonGroup agency { id name } }\n      mentee { id name generation eselonGroup agency { id name } }\n    }\n  }\n"): (typeof documents)["\n  query SuggestMentoringPairs($cohortId: ID!) {\n    suggestMentoringPairs(cohortId: $cohortId) {\n      mentor { id name generation eselonGroup agency { id name } }\n      mentee { id name generation eselonGroup agency { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMentoringPair($cohortId: ID!, $mentorId: ID!, $menteeId: ID!) {\n    createMentoringPair(cohortId: $cohortId, mentorId: $mentorId, menteeId: $menteeId) {\n      pair { id active }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMentoringPair($cohortId: ID!, $mentorId: ID!, $menteeId: ID!) {\n    createMentoringPair(cohortId: $cohortId, mentorId: $mentorId, menteeId: $menteeId) {\n      pair { id active }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMentoringPair($id: ID!) {\n    endMentoringPair(id: $id) {\n      pair { id active }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation EndMentoringPair($id: ID!) {\n    endMentoringPair(id: $id) {\n      pair { id active }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogMentoringMeeting($input: MeetingInput!) {\n    logMentoringMeeting(input: $input) {\n      meeting { id date minutes topic }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation LogMentoringMeeting($input: MeetingInput!) {\n    logMentoringMeeting(input: $input) {\n      meeting { id date minutes topic }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyNominations {\n    agencyLeaderSummary { year roster nominated trained agency { id name } }\n    cohorts(first: 50, filter: { statuses: [OPEN] }) {\n      nodes { id code name startDate quotaReleaseDate quotas { seats used } }\n    }\n    nominations(first: 100) {\n      nodes { id status note reason cohort { id code } person { id name eselon } }\n    }\n  }\n"): (typeof documents)["\n  query AgencyNominations {\n    agencyLeaderSummary { year roster nominated trained agency { id name } }\n    cohorts(first: 50, filter: { statuses: [OPEN] }) {\n      nodes { id code name startDate quotaReleaseDate quotas { seats used } }\n    }\n    nominations(first: 100) {\n      nodes { id status note reason cohort { id code } person { id name eselon } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyPeople($search: String) {\n    persons(first: 20, filter: { search: $search }) { nodes { id name eselon jobTitle } }\n  }\n"): (typeof documents)["\n  query AgencyPeople($search: String) {\n    persons(first: 20, filter: { search: $search }) { nodes { id name eselon jobTitle } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Nominate($input: NominateInput!) {\n    nominate(input: $input) { nomination { id status } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation Nominate($input: NominateInput!) {\n    nominate(input: $input) { nomination { id status } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawNomination($id: ID!) {\n    withdrawNomination(nominationId: $id) { nomination { id status } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation WithdrawNomination($id: ID!) {\n    withdrawNomination(nominationId: $id) { nomination { id status } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerAgencies {\n    agencies(first: 100) { nodes { id code name } }\n  }\n"): (typeof documents)["\n  query OfficerAgencies {\n    agencies(first: 100) { nodes { id code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgencyOfficer($input: CreateAccountInput!) {\n    createAccount(input: $input) { account { id name } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation CreateAgencyOfficer($input: CreateAccountInput!) {\n    createAccount(input: $input) { account { id name } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationsPage($filter: NominationFilter) {\n    cohorts(first: 100) { nodes { id code name status } }\n    nominations(first: 100, filter: $filter) {\n      totalCount\n      nodes { id status note reason cohort { id code status } person { id name eselon } agency { id name } }\n    }\n  }\n"): (typeof documents)["\n  query NominationsPage($filter: NominationFilter) {\n    cohorts(first: 100) { nodes { id code name status } }\n    nominations(first: 100, filter: $filter) {\n      totalCount\n      nodes { id status note reason cohort { id code status } person { id name eselon } agency { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideNomination($input: DecideNominationInput!) {\n    decideNomination(input: $input) { nomination { id status reason } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation DecideNomination($input: DecideNominationInput!) {\n    decideNomination(input: $input) { nomination { id status reason } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveNominationAsSupervisor($input: SupervisorDecisionInput!) {\n    decideNominationAsSupervisor(input: $input) { nomination { id status } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation ApproveNominationAsSupervisor($input: SupervisorDecisionInput!) {\n    decideNominationAsSupervisor(input: $input) { nomination { id status } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortQuotas($id: ID!) {\n    cohort(id: $id) { id code capacity quotaReleaseDays quotaReleaseDate quotas { agency { id } seats used } }\n    agencies(first: 100) { nodes { id code name } }\n  }\n"): (typeof documents)["\n  query CohortQuotas($id: ID!) {\n    cohort(id: $id) { id code capacity quotaReleaseDays quotaReleaseDate quotas { agency { id } seats used } }\n    agencies(first: 100) { nodes { id code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCohortQuotas($cohortId: ID!, $quotas: [AgencyQuotaInput!]!, $releaseDays: Int) {\n    setCohortQuotas(cohortId: $cohortId, quotas: $quotas, releaseDays: $releaseDays) { cohort { id quotaReleaseDate } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation SetCohortQuotas($cohortId: ID!, $quotas: [AgencyQuotaInput!]!, $releaseDays: Int) {\n    setCohortQuotas(cohortId: $cohortId, quotas: $quotas, releaseDays: $releaseDays) { cohort { id quotaReleaseDate } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoNominationDecline($id: ID!) {\n    undoNominationDecline(nominationId: $id) { nomination { id status reason } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation UndoNominationDecline($id: ID!) {\n    undoNominationDecline(nominationId: $id) { nomination { id status reason } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNoticePreferences {\n    viewer { person { id noticeLocale noticesOff } }\n  }\n"): (typeof documents)["\n  query MyNoticePreferences {\n    viewer { person { id noticeLocale noticesOff } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      person { id noticeLocale noticesOff }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      person { id noticeLocale noticesOff }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String, $filter: NotificationFilter) {\n    notifications(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id kind status attempts lastErrorCode sentAt sentTo createdAt nextAttemptAt person { id name } }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String, $filter: NotificationFilter) {\n    notifications(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id kind status attempts lastErrorCode sentAt sentTo createdAt nextAttemptAt person { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreview($id: ID!) {\n    node(id: $id) { __typename id ... on Notification { sentTo preview { subject text attachments } } }\n  }\n"): (typeof documents)["\n  query NotificationPreview($id: ID!) {\n    node(id: $id) { __typename id ... on Notification { sentTo preview { subject text attachments } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSubjectPerson($nip: String!) {\n    person(nip: $nip) { id name nip jobTitle employmentType agency { id name } }\n  }\n"): (typeof documents)["\n  query DataSubjectPerson($nip: String!) {\n    person(nip: $nip) { id name nip jobTitle employmentType agency { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportPersonData($personId: ID!) {\n    exportPersonData(personId: $personId) { data errors { code } }\n  }\n"): (typeof documents)["\n  mutation ExportPersonData($personId: ID!) {\n    exportPersonData(personId: $personId) { data errors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePerson($personId: ID!) {\n    erasePerson(personId: $personId) { person { id name } errors { code } }\n  }\n"): (typeof documents)["\n  mutation ErasePerson($personId: ID!) {\n    erasePerson(personId: $personId) { person { id name } errors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonFormAgencies {\n    agencies(first: 100) { nodes { id code name } }\n  }\n"): (typeof documents)["\n  query PersonFormAgencies {\n    agencies(first: 100) { nodes { id code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { person { ...PersonFields } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { person { ...PersonFields } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) { person { ...PersonFields } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) { person { ...PersonFields } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonHistoryEnrollment on Enrollment {\n    id status jpEarned jpScheduled completionRate certificateNumber\n    cohort { id code name startDate endDate program { id code name } }\n  }\n"): (typeof documents)["\n  fragment PersonHistoryEnrollment on Enrollment {\n    id status jpEarned jpScheduled completionRate certificateNumber\n    cohort { id code name startDate endDate program { id code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Person {\n        ...PersonFields\n        eselonGroup\n        positionClass\n        generation\n        jpThisYear\n        jpEarned { lintas microLearning external }\n        enrollments(first: 100) {\n          totalCount\n          nodes { id ...PersonHistoryEnrollment }\n        }\n        mentoringPairs { id active cohort { id code } mentor { id name } mentee { id name } }\n      }\n    }\n    unavailabilities(first: 1, personId: $id) { totalCount }\n  }\n"): (typeof documents)["\n  query PersonPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Person {\n        ...PersonFields\n        eselonGroup\n        positionClass\n        generation\n        jpThisYear\n        jpEarned { lintas microLearning external }\n        enrollments(first: 100) {\n          totalCount\n          nodes { id ...PersonHistoryEnrollment }\n        }\n        mentoringPairs { id active cohort { id code } mentor { id name } mentee { id name } }\n      }\n    }\n    unavailabilities(first: 1, personId: $id) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPickerSearch($search: String!) {\n    persons(first: 8, filter: { search: $search }) { nodes { id name jobTitle agency { id code } } }\n  }\n"): (typeof documents)["\n  query PersonPickerSearch($search: String!) {\n    persons(first: 8, filter: { search: $search }) { nodes { id name jobTitle agency { id code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonUnavailability($id: ID!) {\n    node(id: $id) { id ... on Person { name } }\n    unavailabilities(first: 100, personId: $id) { nodes { id startsAt endsAt reason } }\n  }\n"): (typeof documents)["\n  query PersonUnavailability($id: ID!) {\n    node(id: $id) { id ... on Person { name } }\n    unavailabilities(first: 100, personId: $id) { nodes { id startsAt endsAt reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddUnavailability($input: UnavailabilityInput!) {\n    addUnavailability(input: $input) { unavailability { id } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation AddUnavailability($input: UnavailabilityInput!) {\n    addUnavailability(input: $input) { unavailability { id } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveUnavailability($id: ID!) {\n    removeUnavailability(id: $id) { unavailability { id } errors { code } }\n  }\n"): (typeof documents)["\n  mutation RemoveUnavailability($id: ID!) {\n    removeUnavailability(id: $id) { unavailability { id } errors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    id version nip name employmentType positionType eselon positionClass jobTitle email phone archivedAt\n    agency { id code name }\n    supervisor { id name }\n  }\n"): (typeof documents)["\n  fragment PersonFields on Person {\n    id version nip name employmentType positionType eselon positionClass jobTitle email phone archivedAt\n    agency { id code name }\n    supervisor { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModuleFacilitators {\n    facilitators(first: 100) { nodes { id name kind } }\n  }\n"): (typeof documents)["\n  query ModuleFacilitators {\n    facilitators(first: 100) { nodes { id name kind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrainingModule($input: CreateTrainingModuleInput!) {\n    createTrainingModule(input: $input) { trainingModule { ...TrainingModuleFields } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation CreateTrainingModule($input: CreateTrainingModuleInput!) {\n    createTrainingModule(input: $input) { trainingModule { ...TrainingModuleFields } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrainingModule($input: UpdateTrainingModuleInput!) {\n    updateTrainingModule(input: $input) { trainingModule { ...TrainingModuleFields } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation UpdateTrainingModule($input: UpdateTrainingModuleInput!) {\n    updateTrainingModule(input: $input) { trainingModule { ...TrainingModuleFields } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramCard on Program {\n    ...ProgramFields\n    totalJp\n    academy { id name }\n    modules(first: 1) { totalCount }\n    cohorts(first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  fragment ProgramCard on Program {\n    ...ProgramFields\n    totalJp\n    academy { id name }\n    modules(first: 1) { totalCount }\n    cohorts(first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramDetail($id: ID!, $includeArchived: Boolean) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Program {\n        ...ProgramFields\n        totalJp\n        academy { id name }\n        cohorts(first: 50) {\n          totalCount\n          nodes { id code name startDate endDate status capacity enrolledCount waitlistedCount timeZone }\n        }\n      }\n    }\n    trainingModules(first: 100, programId: $id, includeArchived: $includeArchived) {\n      totalCount\n      nodes { ...TrainingModuleFields }\n    }\n  }\n"): (typeof documents)["\n  query ProgramDetail($id: ID!, $includeArchived: Boolean) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Program {\n        ...ProgramFields\n        totalJp\n        academy { id name }\n        cohorts(first: 50) {\n          totalCount\n          nodes { id code name startDate endDate status capacity enrolledCount waitlistedCount timeZone }\n        }\n      }\n    }\n    trainingModules(first: 100, programId: $id, includeArchived: $includeArchived) {\n      totalCount\n      nodes { ...TrainingModuleFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) { program { ...ProgramFields } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) { program { ...ProgramFields } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) { program { ...ProgramFields } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) { program { ...ProgramFields } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programs($first: Int!, $after: String, $includeArchived: Boolean) {\n    programs(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id ...ProgramCard }\n    }\n  }\n"): (typeof documents)["\n  query Programs($first: Int!, $after: String, $includeArchived: Boolean) {\n    programs(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id ...ProgramCard }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramFields on Program {\n    id version code name kind trainingKind targetEselonGroups completionThreshold description archivedAt\n  }\n"): (typeof documents)["\n  fragment ProgramFields on Program {\n    id version code name kind trainingKind targetEselonGroups completionThreshold description archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingModuleFields on TrainingModule {\n    id version position code title competencyArea format jp targetGenerations crossGeneration archivedAt\n    facilitators { id name }\n  }\n"): (typeof documents)["\n  fragment TrainingModuleFields on TrainingModule {\n    id version position code title competencyArea format jp targetGenerations crossGeneration archivedAt\n    facilitators { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportJpCompliance($year: Int!, $filter: ReportFilter, $first: Int!, $after: String) {\n    jpCompliance(year: $year, filter: $filter) {\n      year\n      required\n      byEselon { group roster reached rate }\n      below(first: $first, after: $after) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        nodes { id name eselon eselonGroup jobTitle agency { id name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportJpCompliance($year: Int!, $filter: ReportFilter, $first: Int!, $after: String) {\n    jpCompliance(year: $year, filter: $filter) {\n      year\n      required\n      byEselon { group roster reached rate }\n      below(first: $first, after: $after) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        nodes { id name eselon eselonGroup jobTitle agency { id name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportFilterOptions($academyId: ID, $isAdmin: Boolean!, $cohortFilter: CohortFilter) {\n    academies(first: 100) @include(if: $isAdmin) { nodes { id code name } }\n    programs(academyId: $academyId, first: 100) { nodes { id code name } }\n    cohorts(first: 100, filter: $cohortFilter) { nodes { id code name } }\n    agencies(academyId: $academyId, first: 100) { nodes { id name province } }\n  }\n"): (typeof documents)["\n  query ReportFilterOptions($academyId: ID, $isAdmin: Boolean!, $cohortFilter: CohortFilter) {\n    academies(first: 100) @include(if: $isAdmin) { nodes { id code name } }\n    programs(academyId: $academyId, first: 100) { nodes { id code name } }\n    cohorts(first: 100, filter: $cohortFilter) { nodes { id code name } }\n    agencies(academyId: $academyId, first: 100) { nodes { id name province } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportDashboard($filter: ReportFilter) {\n    participationByEselon(filter: $filter) {\n      group roster enrolled attended completed participationRate completionRate attendanceRate\n    }\n    participationByGeneration(filter: $filter) { group roster enrolled participationRate }\n    participationMatrix(filter: $filter) { eselonGroup generation roster enrolled participationRate }\n    assessmentGain(filter: $filter) { eselonGroup generation paired meanPre meanPost meanGain crossed crossedRate }\n    literacyTarget(filter: $filter) {\n      target targetYear rate gap\n      byEselon { group roster literate rate }\n      trend { year roster literate rate }\n    }\n  }\n"): (typeof documents)["\n  query ReportDashboard($filter: ReportFilter) {\n    participationByEselon(filter: $filter) {\n      group roster enrolled attended completed participationRate completionRate attendanceRate\n    }\n    participationByGeneration(filter: $filter) { group roster enrolled participationRate }\n    participationMatrix(filter: $filter) { eselonGroup generation roster enrolled participationRate }\n    assessmentGain(filter: $filter) { eselonGroup generation paired meanPre meanPost meanGain crossed crossedRate }\n    literacyTarget(filter: $filter) {\n      target targetYear rate gap\n      byEselon { group roster literate rate }\n      trend { year roster literate rate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportAgencyCodes {\n    agencies(first: 100) { totalCount nodes { id code name } }\n  }\n"): (typeof documents)["\n  query ImportAgencyCodes {\n    agencies(first: 100) { totalCount nodes { id code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roster($first: Int!, $after: String, $filter: PersonFilter) {\n    persons(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        name\n        nip\n        employmentType\n        eselon\n        eselonGroup\n        generation\n        jobTitle\n        agency { id code name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Roster($first: Int!, $after: String, $filter: PersonFilter) {\n    persons(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id\n        name\n        nip\n        employmentType\n        eselon\n        eselonGroup\n        generation\n        jobTitle\n        agency { id code name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterAgencies {\n    agencies(first: 100) { nodes { id code name } }\n  }\n"): (typeof documents)["\n  query RosterAgencies {\n    agencies(first: 100) { nodes { id code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgencies($input: [CreateAgencyInput!]!) {\n    createAgencies(input: $input) { agencies { id code } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation CreateAgencies($input: [CreateAgencyInput!]!) {\n    createAgencies(input: $input) { agencies { id code } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonImportProgress($id: ID!) {\n    personImport(id: $id) {\n      id\n      status\n      dryRun\n      totalRows\n      rowsRead\n      validRows\n      created\n      updated\n      rejectedRows\n      progress\n      errorCode\n      unknownAgencyCodes\n      rowErrors { line field code }\n    }\n  }\n"): (typeof documents)["\n  query PersonImportProgress($id: ID!) {\n    personImport(id: $id) {\n      id\n      status\n      dryRun\n      totalRows\n      rowsRead\n      validRows\n      created\n      updated\n      rejectedRows\n      progress\n      errorCode\n      unknownAgencyCodes\n      rowErrors { line field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleBuilder($id: ID!) {\n    cohort(id: $id) {\n      id code name startDate endDate timeZone status\n      venue { id }\n      program { id code name modules(first: 100) { nodes { id code title jp } } }\n      sessions(first: 100) {\n        totalCount\n        nodes { id version status startsAt endsAt module { id code title jp } venue { id name } facilitator { id name } }\n      }\n    }\n    venues(first: 100) { nodes { id name capacity } }\n    facilitators(first: 100) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query ScheduleBuilder($id: ID!) {\n    cohort(id: $id) {\n      id code name startDate endDate timeZone status\n      venue { id }\n      program { id code name modules(first: 100) { nodes { id code title jp } } }\n      sessions(first: 100) {\n        totalCount\n        nodes { id version status startsAt endsAt module { id code title jp } venue { id name } facilitator { id name } }\n      }\n    }\n    venues(first: 100) { nodes { id name capacity } }\n    facilitators(first: 100) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleConflicts($id: ID!) {\n    scheduleConflicts(cohortId: $id) { ...ScheduleIssueFields }\n  }\n"): (typeof documents)["\n  query ScheduleConflicts($id: ID!) {\n    scheduleConflicts(cohortId: $id) { ...ScheduleIssueFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduleIssueFields on ScheduleIssue {\n    code severity sessionId index otherSessionId otherCohortCode moduleId personCount\n    params {\n      date holidayName cohortStartDate cohortEndDate timeZone workdayStart workdayEnd venueName venueCapacity\n      facilitatorName otherCohortCode otherStartsAt personCount moduleCode moduleTitle scheduledJp plannedJp outsideGenerations\n    }\n  }\n"): (typeof documents)["\n  fragment ScheduleIssueFields on ScheduleIssue {\n    code severity sessionId index otherSessionId otherCohortCode moduleId personCount\n    params {\n      date holidayName cohortStartDate cohortEndDate timeZone workdayStart workdayEnd venueName venueCapacity\n      facilitatorName otherCohortCode otherStartsAt personCount moduleCode moduleTitle scheduledJp plannedJp outsideGenerations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) { sessions { id } issues { ...ScheduleIssueFields } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation ScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) { sessions { id } issues { ...ScheduleIssueFields } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveSession($input: MoveSessionInput!) {\n    moveSession(input: $input) { sessions { id version } issues { ...ScheduleIssueFields } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation MoveSession($input: MoveSessionInput!) {\n    moveSession(input: $input) { sessions { id version } issues { ...ScheduleIssueFields } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSession($id: ID!) {\n    deleteSession(id: $id) { sessions { id status } issues { ...ScheduleIssueFields } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation DeleteSession($id: ID!) {\n    deleteSession(id: $id) { sessions { id status } issues { ...ScheduleIssueFields } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplySchedule($cohortId: ID!, $operations: [ScheduleOperationInput!]!, $force: Boolean) {\n    applySchedule(cohortId: $cohortId, operations: $operations, force: $force) {\n      sessions { id } issues { ...ScheduleIssueFields } errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation ApplySchedule($cohortId: ID!, $operations: [ScheduleOperationInput!]!, $force: Boolean) {\n    applySchedule(cohortId: $cohortId, operations: $operations, force: $force) {\n      sessions { id } issues { ...ScheduleIssueFields } errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutoSchedule($cohortId: ID!) {\n    autoSchedule(cohortId: $cohortId) {\n      complete\n      errors { field code }\n      proposal { startsAt endsAt jp module { id code title } venue { id name } facilitator { id name } }\n      unplaced { reason module { id code title } }\n      warnings { ...ScheduleIssueFields }\n    }\n  }\n"): (typeof documents)["\n  mutation AutoSchedule($cohortId: ID!) {\n    autoSchedule(cohortId: $cohortId) {\n      complete\n      errors { field code }\n      proposal { startsAt endsAt jp module { id code title } venue { id name } facilitator { id name } }\n      unplaced { reason module { id code title } }\n      warnings { ...ScheduleIssueFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupProgress($academyId: ID) {\n    setupProgress(academyId: $academyId) {\n      complete\n      academy { id code name }\n      steps { key done count }\n    }\n  }\n"): (typeof documents)["\n  query SetupProgress($academyId: ID) {\n    setupProgress(academyId: $academyId) {\n      complete\n      academy { id code name }\n      steps { key done count }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupAcademies {\n    academies(first: 100) { nodes { id code name } }\n  }\n"): (typeof documents)["\n  query SetupAcademies {\n    academies(first: 100) { nodes { id code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupState {\n    setupProgress { complete academy { id } }\n  }\n"): (typeof documents)["\n  query SetupState {\n    setupProgress { complete academy { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) { venue { ...VenueFields } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) { venue { ...VenueFields } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) { venue { ...VenueFields } errors { field code } }\n  }\n"): (typeof documents)["\n  mutation UpdateVenue($input: UpdateVenueInput!) {\n    updateVenue(input: $input) { venue { ...VenueFields } errors { field code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenueList($first: Int!, $after: String, $includeArchived: Boolean) {\n    venues(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...VenueFields }\n    }\n  }\n"): (typeof documents)["\n  query VenueList($first: Int!, $after: String, $includeArchived: Boolean) {\n    venues(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { ...VenueFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VenueFields on Venue {\n    id version code name capacity timeZone address onlineUrl archivedAt\n  }\n"): (typeof documents)["\n  fragment VenueFields on Venue {\n    id version code name capacity timeZone address onlineUrl archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($subscriptionId: ID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id eventId eventType occurredAt status attemptCount maxAttempts lastHttpStatus lastError nextAttemptAt deliveredAt redelivery createdAt\n        attempts { number attemptedAt httpStatus durationMs error }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($subscriptionId: ID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id eventId eventType occurredAt status attemptCount maxAttempts lastHttpStatus lastError nextAttemptAt deliveredAt redelivery createdAt\n        attempts { number attemptedAt httpStatus durationMs error }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      delivery { id status }\n      errors { code }\n    }\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      delivery { id status }\n      errors { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription { id url }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription { id url }\n      errors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookSubscriptions($first: Int!, $after: String) {\n    webhookSubscriptions(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id url events description active secretHint previousSecretExpiresAt createdAt academy { id code } }\n    }\n  }\n"): (typeof documents)["\n  query WebhookSubscriptions($first: Int!, $after: String) {\n    webhookSubscriptions(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id url events description active secretHint previousSecretExpiresAt createdAt academy { id code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookAcademies {\n    academies(first: 100) { nodes { id code name } }\n  }\n"): (typeof documents)["\n  query WebhookAcademies {\n    academies(first: 100) { nodes { id code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!, $overlapHours: Float) {\n    rotateWebhookSecret(id: $id, overlapHours: $overlapHours) {\n      secret\n      subscription { id url secretHint previousSecretExpiresAt }\n      errors { code }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($id: ID!, $overlapHours: Float) {\n    rotateWebhookSecret(id: $id, overlapHours: $overlapHours) {\n      secret\n      subscription { id url secretHint previousSecretExpiresAt }\n      errors { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookSubscription($id: ID!) {\n    deleteWebhookSubscription(id: $id) { deletedId errors { code } }\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookSubscription($id: ID!) {\n    deleteWebhookSubscription(id: $id) { deletedId errors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookSubscription($input: UpdateWebhookSubscriptionInput!) {\n    updateWebhookSubscription(input: $input) {\n      subscription { id url events description active }\n      errors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhookSubscription($input: UpdateWebhookSubscriptionInput!) {\n    updateWebhookSubscription(input: $input) {\n      subscription { id url events description active }\n      errors { field code }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;