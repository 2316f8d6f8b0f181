Feature: Divine alignment
  Order, Chaos and the Void watch what every character does. Deeds earn devotion to a faction;
  the Divine Alignment Bars show each faction's share, the faction a character follows when one
  share is large enough, and whether the character is devout to it.

  Mira plays Aria, a Drakari warrior, and Nova.

  Rule: Every deed of the catalog earns its points, whoever does it

    Scenario Outline: Whoever <deed> earns <order> Order, <chaos> Chaos and <void> Void
      Given Mira plays Aria, a Drakari
      When Aria <deed>
      Then Aria earns <order> Order, <chaos> Chaos and <void> Void

      Examples: The deed catalog
        | deed                   | order | chaos | void |
        | keeps an oath          | 10    | 0     | 0    |
        | shows mercy            | 5     | 0     | 0    |
        | breaks an oath         | 0     | 10    | 0    |
        | sows discord           | 0     | 8     | 0    |
        | communes with the Void | 0     | 0     | 10   |
        | desecrates a shrine    | 0     | 4     | 6    |

  Rule: The bars show whole percents that always add up to 100

    Scenario Outline: With <order> Order, <chaos> Chaos and <void> Void the bars show <order %>, <chaos %> and <void %>
      Given Mira plays Nova, who has earned <order> Order, <chaos> Chaos and <void> Void
      When Nova looks at her Divine Alignment Bars
      Then Nova's bars show <order %> % Order, <chaos %> % Chaos and <void %> % Void

      Examples: Rounded by the largest remainders; equal remainders favour Order, then Chaos, then Void
        | order | chaos | void | order % | chaos % | void % |
        | 20    | 0     | 0    | 100     | 0       | 0      |
        | 10    | 10    | 10   | 34      | 33      | 33     |
        | 15    | 13    | 12   | 38      | 32      | 30     |
        | 0     | 28    | 20   | 0       | 58      | 42     |

  Rule: A character follows the faction holding at least 40 % of its devotion, and is devout from 60 %

    Scenario Outline: <order> Order, <chaos> Chaos and <void> Void read <alignment>
      Given Mira plays Nova, who has earned <order> Order, <chaos> Chaos and <void> Void
      When Nova looks at her Divine Alignment Bars
      Then Nova's alignment reads <alignment>

      Examples:
        | order | chaos | void | alignment     |
        | 15    | 13    | 12   | Unaligned     |
        | 40    | 30    | 30   | Order         |
        | 40    | 40    | 20   | Unaligned     |
        | 10    | 5     | 5    | Order         |
        | 0     | 28    | 20   | Chaos         |
        | 0     | 30    | 20   | Chaos, devout |
        | 20    | 0     | 0    | Order, devout |

  Rule: A shift of alignment is announced to the family only when the followed faction changes

    Scenario Outline: From <order> Order, <chaos> Chaos and <void> Void, Nova <deed>
      Given Mira plays Nova, who has earned <order> Order, <chaos> Chaos and <void> Void
      When Nova <deed>
      Then Nova's family hears of <announcement>

      Examples:
        | order | chaos | void | deed           | announcement                    |
        | 0     | 20    | 0    | breaks an oath | no alignment shift              |
        | 10    | 20    | 0    | keeps an oath  | a shift from Chaos to Unaligned |
        | 20    | 20    | 0    | keeps an oath  | a shift from Unaligned to Order |
        | 10    | 5     | 5    | keeps an oath  | no alignment shift              |

  Rule: Ashnar leans Chaos and Iril leans Order: a deed of the other side strains their bonds by 5

    Scenario Outline: When Aria <deed>
      Given Mira plays Aria, a Drakari
      When Aria <deed>
      Then Aria sees these bonds in her family:
        | between         | bond          | tier        |
        | Aria and Ashnar | <with Ashnar> | <Ashnar is> |
        | Aria and Iril   | <with Iril>   | <Iril is>   |
        | Ashnar and Iril | <between>     | Warm        |

      Examples:
        | deed                   | with Ashnar | Ashnar is | with Iril | Iril is | between |
        | keeps an oath          | 45          | Warm      | 50        | Close   | 35      |
        | breaks an oath         | 50          | Close     | 45        | Warm    | 35      |
        | communes with the Void | 50          | Close     | 50        | Close   | 40      |

  Rule: An operator may call on a god to intervene in the world; its followers hear it at once
    Each god acts as it does in battle: Order grants Aegis, Chaos brings Wrath, the Void casts its Veil.
    The god intervenes over the whole world or over one region of the map, and every call is kept in
    the audit log. What an intervention does to the battles under it comes with combat.

    Scenario Outline: Morrow calls on <faction> over <where>
      Given Morrow is an operator of the world
      When Morrow calls on the god of <faction> over "<where>"
      Then the followers of <faction> hear of <intervention> over "<where>"
      And the audit log shows Morrow calling on <faction> over "<where>"

      Examples:
        | faction | intervention | where              |
        | Order   | Aegis        | the world          |
        | Chaos   | Wrath        | region 5.12        |
        | Void    | Veil         | region 5.12.130.77 |

    Example: A player who is no operator cannot call on the gods
      Given Mira plays Aria, a Drakari
      When Mira calls on the god of Order over "the world"
      Then Mira is told only operators may call on the gods, and nobody hears anything
