export const TOUR_LENGTH = 1;
