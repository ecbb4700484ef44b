// How an answer becomes an FSRS grade: graded questions are Again when wrong and Good when right;
// flashcards carry the learner's own rating.
import type { Grade } from '../progress/model';
import type { FlashcardRating } from '../../shared/views';

const RATING_GRADE: Record<FlashcardRating, Grade> = { again: 1, hard: 2, good: 3, easy: 4 };

export const gradeForAnswer = (correct: boolean): Grade => (correct ? 3 : 1);
export const gradeForRating = (rating: FlashcardRating): Grade => RATING_GRADE[rating];
