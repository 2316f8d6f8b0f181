Feature: Families and their bonds
  Every character heads a family: the character, Ashnar and Iril. Three bonds hold it together,
  each from 0 to 100: gifts strengthen them, neglect wears them down, and close bonds unlock what
  the family can do together. The head of the family may let up to 4 other characters in as kin.

  Mira plays Aria, a Drakari warrior. Tomas plays Solen, a Solari priest.

  Background:
    Given Mira plays Aria, a Drakari

  Rule: A bond is Strained below 20, Warm from 20, Close from 50 and Unbreakable from 80

    Example: A new family is Close with both companions, and Warm between them
      When Aria looks at her family
      Then Aria sees these bonds in her family:
        | between         | bond | tier  |
        | Aria and Ashnar | 50   | Close |
        | Aria and Iril   | 50   | Close |
        | Ashnar and Iril | 40   | Warm  |

    Scenario Outline: A bond of <bond> is <tier>
      Given Aria's bond with Ashnar stands at <bond>
      When Aria looks at her family
      Then Aria's bond with Ashnar is <bond>, <tier>

      Examples:
        | bond | tier        |
        | 15   | Strained    |
        | 20   | Warm        |
        | 49   | Warm        |
        | 50   | Close       |
        | 79   | Close       |
        | 80   | Unbreakable |
        | 100  | Unbreakable |

  Rule: A gift brings the head of the family and that companion 5 closer, up to 100

    Scenario Outline: A gift to <companion>
      When Aria gives <companion> a gift
      Then Aria sees these bonds in her family:
        | between         | bond          | tier  |
        | Aria and Ashnar | <with Ashnar> | Close |
        | Aria and Iril   | <with Iril>   | Close |
        | Ashnar and Iril | 40            | Warm  |

      Examples:
        | companion | with Ashnar | with Iril |
        | Ashnar    | 55          | 50        |
        | Iril      | 50          | 55        |

    Scenario Outline: A gift that takes a bond from <before> to <after> makes it <now>
      Given Aria's bond with Ashnar stands at <before>
      When Aria gives Ashnar a gift
      Then the family hears Aria's bond with Ashnar went from <before>, <was> to <after>, <now>

      Examples: The gifts that cross a threshold are announced as a change of tier
        | before | was      | after | now         |
        | 15     | Strained | 20    | Warm        |
        | 45     | Warm     | 50    | Close       |
        | 50     | Close    | 55    | Close       |
        | 75     | Close    | 80    | Unbreakable |

    Example: A bond at 100 cannot grow further
      Given Aria's bond with Ashnar stands at 100
      When Aria gives Ashnar a gift
      Then Aria's bond with Ashnar stays at 100, and no change is announced

    Example: Only the head of the family gives gifts to its companions
      Given Tomas plays Solen, a Solari
      When Solen gives Aria's Ashnar a gift
      Then Solen is told Aria's family is not his

  Rule: After 3 days without a bond event, every bond loses 1 a day, never below 20

    Scenario Outline: A bond of <before> left alone for <days> days
      Given Aria's bond with Ashnar stands at <before>
      And Aria's family has been left alone for <days> days
      When Aria looks at her family
      Then Aria's bond with Ashnar is <after>, <tier>

      Examples:
        | before | days | after | tier     |
        | 50     | 3    | 50    | Close    |
        | 50     | 4    | 49    | Warm     |
        | 50     | 10   | 43    | Warm     |
        | 25     | 10   | 20    | Warm     |
        | 15     | 10   | 15    | Strained |

    Example: A gift makes the fading real and starts the quiet days again
      Given Aria's family has been left alone for 10 days
      And Aria has given Ashnar a gift
      And Aria's family has been left alone for 3 more days
      When Aria looks at her family
      Then Aria sees these bonds in her family:
        | between         | bond | tier  |
        | Aria and Ashnar | 48   | Warm  |
        | Aria and Iril   | 43   | Warm  |
        | Ashnar and Iril | 33   | Warm  |

    Example: Orders to companions do not keep the bonds from fading
      Given Aria's family has been left alone for 5 days
      And Aria has told Ashnar to stay
      And Aria's family has been left alone for 5 more days
      When Aria looks at her family
      Then Aria's bond with Ashnar is 43, Warm

  Rule: Ashnar and Iril follow the head of the family, or stay when told to

    Scenario Outline: Aria tells <companion> to stay
      When Aria tells <companion> to stay
      Then Ashnar <Ashnar> and Iril <Iril>

      Examples:
        | companion | Ashnar  | Iril    |
        | Ashnar    | stays   | follows |
        | Iril      | follows | stays   |

    Example: A companion told to stay follows again when called
      Given Aria has told Iril to stay
      When Aria tells Iril to follow
      Then Ashnar follows and Iril follows

    Example: Nobody else gives orders to Aria's companions
      Given Tomas plays Solen, a Solari
      When Solen tells Aria's Ashnar to stay
      Then Solen is told Aria's family is not his

  Rule: A Close bond with Ashnar unlocks Twin Strike, a Close bond with Iril unlocks Iril's translation

    Scenario Outline: With Aria's bond with <companion> at <bond>, <effect> is <state>
      Given Aria's bond with <companion> stands at <bond>
      When Aria looks at her family
      Then <effect> is <state> for Aria's family

      Examples:
        | companion | bond | effect             | state    |
        | Ashnar    | 45   | Twin Strike        | locked   |
        | Ashnar    | 50   | Twin Strike        | unlocked |
        | Ashnar    | 80   | Twin Strike        | unlocked |
        | Iril      | 49   | Iril's translation | locked   |
        | Iril      | 50   | Iril's translation | unlocked |

  Rule: The head of the family may offer kin to at most 4 characters, open offers included

    Example: A fifth offer is refused
      Given Aria has offered kin to 4 other characters
      And Tomas plays Solen, a Solari
      When Aria offers kin to Solen
      Then Aria is told her family already has 4 kin

    Example: A withdrawn offer frees a place
      Given Aria has offered kin to 4 other characters
      And Aria has withdrawn one of those offers
      And Tomas plays Solen, a Solari
      When Aria offers kin to Solen
      Then Solen is invited into Aria's family

    Example: Nobody is their own kin
      When Aria offers kin to Aria
      Then Aria is told nobody is their own kin

  Rule: Only the head of the family and the kin who accepted may look at it

    Background:
      Given Tomas plays Solen, a Solari

    Example: Kin who accepted see the family
      Given Aria has offered kin to Solen
      And Solen has accepted kin in Aria's family
      When Solen looks at Aria's family
      Then Solen sees Aria's family, with Solen among its kin

    Example: An offer alone does not open the family
      Given Aria has offered kin to Solen
      When Solen looks at Aria's family
      Then Solen is kept out of Aria's family

    Example: A stranger is kept out
      When Solen looks at Aria's family
      Then Solen is kept out of Aria's family

    Example: Kin whose access was revoked are kept out again
      Given Aria has offered kin to Solen
      And Solen has accepted kin in Aria's family
      And Aria has revoked Solen's kin
      When Solen looks at Aria's family
      Then Solen is kept out of Aria's family
