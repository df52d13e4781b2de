import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  studentSchema,
  type Student,
  type NewStudentRequest,
  type StudentPatchRequest,
} from '../../core/schemas/student';
import { callApi } from './client';
import { queryKeys } from './query-keys';

/** A child's full details. */
export function useStudent(studentId: string) {
  return useQuery({
    queryKey: queryKeys.student(studentId),
    queryFn: () => callApi('GET', `/api/v1/students/${encodeURIComponent(studentId)}`, studentSchema),
  });
}

/** Adds a child, in a new family unless `familyId` names one. */
export function useAddStudent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewStudentRequest) => callApi('POST', '/api/v1/students', studentSchema, input),
    onSuccess: async (student) => {
      // Whoever adds a child is its owner (the answer to the POST does not repeat it).
      queryClient.setQueryData(queryKeys.student(student.id), {
        ...student,
        accessRole: student.accessRole ?? 'owner',
      });
      await queryClient.invalidateQueries({ queryKey: queryKeys.families });
    },
  });
}

/** Changes some of a child's details (the timeline follows: the jurisdiction and birth date feed it). */
export function useUpdateStudent(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: StudentPatchRequest) =>
      callApi('PATCH', `/api/v1/students/${encodeURIComponent(studentId)}`, studentSchema, patch),
    onSuccess: async (student) => {
      // The answer to a change does not repeat the caller's role: keep the one read with the details.
      queryClient.setQueryData<Student>(queryKeys.student(studentId), (old) => ({
        ...student,
        accessRole: student.accessRole ?? old?.accessRole,
      }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.families }),
        queryClient.invalidateQueries({ queryKey: queryKeys.timeline(studentId) }),
      ]);
    },
  });
}
