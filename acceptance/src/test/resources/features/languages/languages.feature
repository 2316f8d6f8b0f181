Feature: Languages
  Every civilization writes in its own tongue, and Common is shared by all. A reader understands a
  word of a tongue when its proficiency in that tongue is high enough; the other words read as
  foreign words. Iril, when her bond with the reader is Close, translates every tongue.

  Mira plays Aria, a Drakari warrior. Tomas plays Solen, a Solari priest.

  Background:
    Given Mira plays Aria, a Drakari
    And Tomas plays Solen, a Solari

  Rule: A character speaks Common and its own tongue fully, and knows nothing of the others

    Example: The tongues Aria speaks at birth
      When Mira looks at the tongues Aria speaks
      Then Aria knows these tongues:
        | tongue   | proficiency |
        | Common   | 100         |
        | Solic    | 0           |
        | Noctic   | 0           |
        | Terran   | 0           |
        | Sylvic   | 0           |
        | Ferric   | 0           |
        | Abyssal  | 0           |
        | Aetheric | 0           |
        | Draconic | 100         |
        | Umbric   | 0           |

    Example: Aria reads her own tongue as written
      When Aria reads "The dragon wakes.", written in Draconic
      Then Aria reads it as written, without Iril's help

  Rule: A reader who knows nothing of a tongue sees every word replaced, with punctuation and capitals kept

    Background:
      Given Solen's bond with Iril stands at 45

    Example: Solen reads Draconic he never learned
      When Solen reads "Fire, Kin! The dragon wakes at dawn.", written in Draconic
      Then Solen reads not one word of it, only its shape "Xxxx, Xxx! Xxx xxxxxx xxxxx xx xxxx."

    Example: The same text always reads the same to the same reader
      Given Solen has read "Fire, Kin! The dragon wakes at dawn.", written in Draconic
      When Solen reads "Fire, Kin! The dragon wakes at dawn.", written in Draconic
      Then Solen reads exactly what he read before

    Example: Common is understood by everyone
      When Solen reads "Fire, Kin! The dragon wakes at dawn.", written in Common
      Then Solen reads it as written, without Iril's help

  Rule: A word is understood when its bucket in the tongue is below the reader's proficiency

    Background:
      Given Solen's bond with Iril stands at 45

    Scenario Outline: With <proficiency> in Draconic, "dragon" (bucket 21) reads <how>
      Given Solen has learned <proficiency> of Draconic
      When Solen reads "Dragon", written in Draconic
      Then Solen reads <outcome>

      Examples:
        | proficiency | how               | outcome                                     |
        | 21          | as a foreign word | not one word of it, only its shape "Xxxxxx" |
        | 22          | as written        | it as written, without Iril's help          |

  Rule: A reader whose bond with Iril is Close reads every tongue, marked as translated by her

    Example: Solen, Close with Iril, reads Draconic
      When Solen reads "Fire, Kin! The dragon wakes at dawn.", written in Draconic
      Then Solen reads it as written, translated by Iril

    Example: Iril does not need to help with Common
      When Solen reads "Fire, Kin! The dragon wakes at dawn.", written in Common
      Then Solen reads it as written, without Iril's help

    Example: Iril does not need to help with a tongue the reader knows fully
      When Aria reads "Fire, Kin! The dragon wakes at dawn.", written in Draconic
      Then Aria reads it as written, without Iril's help

  Rule: Learning raises proficiency in a tongue, never above 100

    Scenario Outline: Solen, at <before> in Draconic, learns <learned> more
      Given Solen has learned <before> of Draconic
      When Solen learns <learned> more of Draconic
      Then Solen knows Draconic at <after>

      Examples:
        | before | learned | after |
        | 0      | 30      | 30    |
        | 30     | 25      | 55    |
        | 90     | 25      | 100   |
