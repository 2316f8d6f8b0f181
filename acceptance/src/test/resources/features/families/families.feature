Feature: Families and their bonds
  Every character heads a family: the character, Ashnar and Iril. Three bonds hold it together,
  each from 0 to 100: gifts strengthen them, neglect wears them down, and close bonds unlock what
  the family can do together. The head of the family may let up to 4 other characters in as kin.
  Family tracking shows the family and its kin where they all stand on the map.

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

  Rule: Ashnar and Iril are born with stats of their own
    The numbers come from the rule book; combat reads them when a battle starts.

    Example: A new family's companions
      When Aria looks at her family
      Then Ashnar and Iril have these stats:
        | companion | max hp | attack | defence | speed |
        | Ashnar    | 120    | 14     | 10      | 8     |
        | Iril      | 90     | 8      | 8       | 12    |

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

  Rule: Family tracking shows where the head, Ashnar, Iril and accepted kin stand
    A place on the map is a detail section, such as 5.12.130.77, and a point in it: x metres east
    and y metres south of its north-west corner. Ashnar and Iril stand with Aria while they follow
    her; a companion told to stay stays where Aria stood when she told it.

    Background:
      Given Aria stands in section 5.12.130.77 at x 10, y 20

    Example: Ashnar and Iril follow Aria wherever she goes
      When Aria moves to section 5.12.130.78 at x 12, y 21.5
      Then the next batch shows Aria's family standing at:
        | who    | section     | x  | y    |
        | Aria   | 5.12.130.78 | 12 | 21.5 |
        | Ashnar | 5.12.130.78 | 12 | 21.5 |
        | Iril   | 5.12.130.78 | 12 | 21.5 |

    Example: A companion told to stay stays where Aria stood when she told it
      Given Aria has told Iril to stay
      When Aria moves to section 5.12.130.78 at x 50, y 50
      Then the next batch shows Aria's family standing at:
        | who    | section     | x  | y  |
        | Aria   | 5.12.130.78 | 50 | 50 |
        | Ashnar | 5.12.130.78 | 50 | 50 |
        | Iril   | 5.12.130.77 | 10 | 20 |

    Example: A companion called back joins Aria where she stands
      Given Aria has told Iril to stay
      And Aria stands in section 5.12.130.78 at x 50, y 50
      When Aria tells Iril to follow
      Then the next batch shows Aria's family standing at:
        | who    | section     | x  | y  |
        | Aria   | 5.12.130.78 | 50 | 50 |
        | Ashnar | 5.12.130.78 | 50 | 50 |
        | Iril   | 5.12.130.78 | 50 | 50 |

    Example: Kin who accepted are shown with the family, and with their own
      Given Tomas plays Solen, a Solari
      And Aria has offered kin to Solen
      And Solen has accepted kin in Aria's family
      When Solen moves to section 5.12.131.0 at x 1, y 2
      Then the next batch shows Aria's family standing at:
        | who         | section     | x  | y  |
        | Aria        | 5.12.130.77 | 10 | 20 |
        | Ashnar      | 5.12.130.77 | 10 | 20 |
        | Iril        | 5.12.130.77 | 10 | 20 |
        | Solen (kin) | 5.12.131.0  | 1  | 2  |
      And the same batch shows Solen's family standing at:
        | who    | section    | x | y |
        | Solen  | 5.12.131.0 | 1 | 2 |
        | Ashnar | 5.12.131.0 | 1 | 2 |
        | Iril   | 5.12.131.0 | 1 | 2 |

    Example: Someone only offered kin is not shown with the family
      Given Tomas plays Solen, a Solari
      And Aria has offered kin to Solen
      When Solen moves to section 5.12.131.0 at x 1, y 2
      Then the next batch does not show Solen to Aria's family

    Example: Kin whose access was revoked are no longer shown with the family
      Given Tomas plays Solen, a Solari
      And Aria has offered kin to Solen
      And Solen has accepted kin in Aria's family
      And Aria has revoked Solen's kin
      When Solen moves to section 5.12.131.0 at x 1, y 2
      Then the next batch does not show Solen to Aria's family

  Rule: Only the head of the family and the kin who accepted may see where it stands

    Background:
      Given Tomas plays Solen, a Solari
      And Aria stands in section 5.12.130.77 at x 10, y 20

    Example: Kin who accepted see where the family stands
      Given Aria has offered kin to Solen
      And Solen has accepted kin in Aria's family
      When Solen asks where Aria's family stands
      Then Solen sees Aria's family standing at:
        | who    | section     | x  | y  |
        | Aria   | 5.12.130.77 | 10 | 20 |
        | Ashnar | 5.12.130.77 | 10 | 20 |
        | Iril   | 5.12.130.77 | 10 | 20 |

    Example: A stranger is kept out
      When Solen asks where Aria's family stands
      Then Solen is kept out of Aria's family

    Example: An offer alone does not let Solen see where the family stands
      Given Aria has offered kin to Solen
      When Solen asks where Aria's family stands
      Then Solen is kept out of Aria's family

    Example: Kin whose access was revoked are kept out again
      Given Aria has offered kin to Solen
      And Solen has accepted kin in Aria's family
      And Aria has revoked Solen's kin
      When Solen asks where Aria's family stands
      Then Solen is kept out of Aria's family

  Rule: A client reports its position at most 10 times a second; the reports beyond are dropped
    A client may report once every 100 ms. A report up to 50 ms early is still taken, so that a
    client ticking ten times a second is not punished for its timer's wobble, but it borrows from
    the next report: over time nobody gets more than 10 a second through. Dropped reports are not
    refused: the client is simply told they were not taken. A client walking east reports one metre
    further east each time.

    Scenario Outline: <reports> reports within one second
      When Aria's client sends <reports> position reports within one second
      Then <taken> of the reports are taken and <dropped> are dropped

      Examples:
        | reports | taken | dropped |
        | 9       | 9     | 0       |
        | 10      | 10    | 0       |
        | 11      | 10    | 1       |
        | 15      | 10    | 5       |

    Example: Dropped reports do not move Aria: she stands where her last taken report put her
      When Aria's client sends 15 position reports within one second, walking east from x 0, y 0 in section 5.12.130.77
      Then 10 of the reports are taken and 5 are dropped
      And the next batch shows Aria's family standing at:
        | who    | section     | x  | y |
        | Aria   | 5.12.130.77 | 13 | 0 |
        | Ashnar | 5.12.130.77 | 13 | 0 |
        | Iril   | 5.12.130.77 | 13 | 0 |

    Example: A new second brings a new allowance
      Given Aria's client has sent 15 position reports within one second
      When Aria's client sends 15 position reports within the next second
      Then 10 of the reports are taken and 5 are dropped

    Scenario Outline: A report <gap> ms after the one before is <fate>
      Given Aria's client has just reported her position
      When Aria's client reports her position again <gap> ms later
      Then the report is <fate>

      Examples:
        | gap | fate    |
        | 100 | taken   |
        | 50  | taken   |
        | 49  | dropped |

    Example: An early report borrows from the next one
      Given Aria's client has just reported her position
      And Aria's client reported again 50 ms later
      When Aria's client reports her position again 50 ms later
      Then the report is dropped

    Example: A client ticking ten times a second loses nothing to a timer that wobbles by 25 ms
      When Aria's client sends 100 position reports, one every 100 ms, each 25 ms late and early in turn
      Then 100 of the reports are taken and 0 are dropped

  Rule: Moves go out in batches every 100 ms: one message per family, with where its circle stands last

    Background:
      Given Aria stands in section 5.12.130.77 at x 10, y 20

    Example: Several moves between two batches reach the family once, with the latest place
      When Aria moves from place to place before the next batch:
        | section     | x   | y    |
        | 5.12.130.77 | 11  | 20   |
        | 5.12.130.77 | 12  | 21   |
        | 5.12.130.78 | 0.5 | 21.5 |
      Then Aria's family hears nothing before the next batch, then once, standing at:
        | who    | section     | x   | y    |
        | Aria   | 5.12.130.78 | 0.5 | 21.5 |
        | Ashnar | 5.12.130.78 | 0.5 | 21.5 |
        | Iril   | 5.12.130.78 | 0.5 | 21.5 |

    Example: A batch in which nobody moved tells the family nothing
      When the next batch goes out
      Then Aria's family hears nothing in it

  Rule: A position lies inside a detail section of the map
    The map has four zoom levels, with grids of 4, 8, 16 and 32 sections a side: at each level a
    section's index runs from 0 to 15, 63, 255 and 1023. A detail section is 100 metres a side.

    Scenario Outline: A report from <section> at x <x>, y <y> is refused
      When Aria's client reports her position in section <section> at x <x>, y <y>
      Then the report is refused, as its <field> is <problem>
      And the next batch tells Aria's family nothing

      Examples:
        | section         | x    | y   | field   | problem              |
        | 16.0.0.0        | 10   | 20  | section | off the map          |
        | 5.64.130.77     | 10   | 20  | section | off the map          |
        | 5.12.256.77     | 10   | 20  | section | off the map          |
        | 5.12.130.1024   | 10   | 20  | section | off the map          |
        | 5.12            | 10   | 20  | section | not a detail section |
        | 5.12.130.77.1   | 10   | 20  | section | deeper than the map  |
        | 5.12.130.77     | 100  | 20  | x       | outside the section  |
        | 5.12.130.77     | -0.5 | 20  | x       | outside the section  |
        | 5.12.130.77     | 10   | 100 | y       | outside the section  |

    Example: The far corner of the map is on the map
      When Aria's client reports her position in section 15.63.255.1023 at x 99.99, y 0
      Then the report is taken
      And the next batch shows Aria's family standing at:
        | who    | section        | x     | y |
        | Aria   | 15.63.255.1023 | 99.99 | 0 |
        | Ashnar | 15.63.255.1023 | 99.99 | 0 |
        | Iril   | 15.63.255.1023 | 99.99 | 0 |
