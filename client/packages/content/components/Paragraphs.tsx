import { Text, View } from '@tarojs/components';

type Props = { text: string; className: string };

/** Plain text with blank-line or line-break paragraphs (content is never HTML). */
export default function Paragraphs({ text, className }: Props) {
  const paragraphs = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <View className={className}>
      {paragraphs.map((p, i) => (
        <Text key={i} className={`${className}-p`}>
          {p}
        </Text>
      ))}
    </View>
  );
}
