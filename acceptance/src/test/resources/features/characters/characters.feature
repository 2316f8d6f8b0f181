Feature: Characters and their families
  A player creates characters to live in the cosmos. Each is born into one of nine
  civilizations, and never alone: its companions Ashnar and Iril are born with it.

  Mira plays Aria, a Drakari warrior. Tomas plays Solen, a Solari priest.

  Rule: A character is born into one of the nine civilizations, each with its own tongue

    Example: The nine civilizations to choose from
      When Mira looks at the civilizations a character may be born into
      Then Mira sees, in this order:
        | civilization | tongue   |
        | Solari       | Solic    |
        | Nocteri      | Noctic   |
        | Terran       | Terran   |
        | Sylvan       | Sylvic   |
        | Ferric       | Ferric   |
        | Abyssal      | Abyssal  |
        | Aetheri      | Aetheric |
        | Drakari      | Draconic |
        | Umbral       | Umbric   |

    Example: Aria is born a Drakari
      When Mira creates Aria, a Drakari
      Then Aria is born a Drakari

    Example: A civilization that does not exist is refused
      When Mira creates Aria, an Elf
      Then Mira is told to choose one of the nine civilizations

  Rule: A name has 3 to 16 letters of any alphabet, and no two characters share one, ignoring case

    Scenario Outline: The name "<name>" is <verdict>
      When Mira creates a Drakari named "<name>"
      Then the name is <verdict>

      Examples: Names a character may bear
        | name             | verdict  |
        | Ida              | accepted |
        | Aurelianoviktora | accepted |
        | Élodie           | accepted |
        | Ярослава         | accepted |
        | 龍之介            | accepted |

      Examples: Names a character may not bear
        | name              | verdict                 |
        | Al                | refused for its length  |
        | Aurelianoviktoras | refused for its length  |
        | Aria7             | refused for its letters |
        | Aria Kay          | refused for its letters |
        | D'Arc             | refused for its letters |

    Example: A name already borne is refused, whatever its case
      Given Tomas plays Aria, a Solari
      When Mira creates ARIA, a Drakari
      Then Mira is told that name is already borne

  Rule: Every character is born with its family: Ashnar and Iril follow it

    Example: Aria's family at birth
      When Mira creates Aria, a Drakari
      Then Ashnar and Iril follow Aria
      And the bonds of Aria's family are:
        | between         | bond | tier  |
        | Aria and Ashnar | 50   | Close |
        | Aria and Iril   | 50   | Close |
        | Ashnar and Iril | 40   | Warm  |

    Example: Each character heads a family of its own
      Given Mira plays Aria, a Drakari
      When Mira creates Kael, a Terran
      Then Kael heads a family of his own, apart from Aria's

  Rule: A newborn starts with the devotion of its civilization

    Scenario Outline: A newborn of the <civilization> starts with <order> Order, <chaos> Chaos and <void> Void
      When Mira creates Nova of the <civilization> civilization
      Then Nova starts with <order> Order, <chaos> Chaos and <void> Void

      Examples:
        | civilization | order | chaos | void |
        | Solari       | 20    | 0     | 0    |
        | Nocteri      | 5     | 0     | 15   |
        | Terran       | 10    | 5     | 5    |
        | Sylvan       | 10    | 0     | 10   |
        | Ferric       | 15    | 5     | 0    |
        | Abyssal      | 0     | 0     | 20   |
        | Aetheri      | 10    | 5     | 10   |
        | Drakari      | 0     | 20    | 0    |
        | Umbral       | 0     | 10    | 10   |

  Rule: An account holds at most 8 characters

    Example: The eighth character is still welcome
      Given Mira plays 7 characters
      When Mira creates Nova, a Sylvan
      Then Nova is born a Sylvan

    Example: A ninth character is refused
      Given Mira plays 8 characters
      When Mira creates Nova, a Sylvan
      Then Mira is told her account already holds 8 characters

    Example: Other players' characters do not count
      Given Tomas plays 8 characters
      When Mira creates Nova, a Sylvan
      Then Nova is born a Sylvan

  Rule: A player enters the world only as one of their own characters

    Example: Mira enters the world as Aria
      Given Mira plays Aria, a Drakari
      When Mira enters the world as Aria
      Then Mira is in the world as Aria

    Example: Tomas cannot enter the world as Mira's character
      Given Mira plays Aria, a Drakari
      When Tomas enters the world as Aria
      Then Tomas is told Aria is not one of his characters

    Example: A character that was never born is refused the same way
      When Tomas enters the world as Ghost, who was never born
      Then Tomas is told Ghost is not one of his characters
