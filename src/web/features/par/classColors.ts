import { classificationLabels, type Classification } from '../../../domain/par/classificationScheme';

/**
 * One colour per PAR class, dark enough for white text and distinct for the common colour-vision deficiencies
 * (green/blue/orange/brown/red differ in lightness too). Charts also print the class name, so colour is never
 * the only carrier of meaning.
 */
export const CLASS_COLORS: Record<string, string> = {
  excellent: '#00703c',
  good: '#1d70b8',
  fair: '#b35c00',
  average: '#6f4e37',
  weak: '#c0201b',
};
export const NO_CLASS_COLOR = '#6f777b';

export function classColor(classification: string | null): string {
  return (classification && CLASS_COLORS[classification]) || NO_CLASS_COLOR;
}

export function classLabel(classification: string | null): string {
  return classification ? (classificationLabels[classification as Classification] ?? classification) : 'Chưa xếp loại';
}
