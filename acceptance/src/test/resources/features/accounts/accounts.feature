Feature: Player accounts and sessions
  A newcomer opens an account to play Kinrealm, then logs in to start a session.
  A session pass lets the player in for 15 minutes. A renewal token, good for one use,
  trades for a fresh pass and a fresh renewal token without typing the password again.

  Mira and Bram are newcomers to the cosmos.

  Rule: A newcomer opens an account under a name nobody else has, ignoring case

    Example: Mira opens her account
      When Mira opens an account
      Then Mira's account is opened under the name "Mira"

    Example: A name already taken is refused, whatever its case
      Given Mira has an account
      When a newcomer opens an account named "MIRA"
      Then the newcomer is told the account name is taken

    Example: A bad name and a bad password are pointed out together
      When a newcomer opens an account named "M!" with the password "short"
      Then the newcomer is told to fix both the name and the password

  Rule: A password has 10 to 72 bytes; a longer one is refused, never shortened

    Plain letters take one byte each, accented letters two, runes three.

    Scenario Outline: <letters> <kind> letters, <bytes> bytes: the password is <verdict>
      When Bram opens an account with a password of <letters> <kind> letters, <bytes> bytes in all
      Then the password is <verdict>

      Examples:
        | letters | kind     | bytes | verdict              |
        | 9       | plain    | 9     | refused as too short |
        | 10      | plain    | 10    | accepted             |
        | 5       | accented | 10    | accepted             |
        | 72      | plain    | 72    | accepted             |
        | 36      | accented | 72    | accepted             |
        | 24      | runic    | 72    | accepted             |
        | 73      | plain    | 73    | refused as too long  |
        | 37      | accented | 74    | refused as too long  |
        | 25      | runic    | 75    | refused as too long  |

    Example: Every one of the 72 bytes counts
      Given Bram has an account with a password of 36 accented letters
      When Bram logs in with all but the last letter of his password
      Then the player is told "Unknown username or wrong password."

  Rule: Logging in with the right name and password starts a session

    Example: Mira logs in
      Given Mira has an account
      When Mira logs in with her password
      Then Mira is let in as "Mira"

    Example: The name may be typed in any case
      Given Mira has an account
      When Mira logs in as "mIRA" with her password
      Then Mira is let in as "Mira"

  Rule: A wrong password and an unknown name are refused alike, so nobody learns which names exist

    Scenario Outline: Refused: <attempt>
      Given Mira has an account with the password "dragonfire-oath"
      When someone logs in as "<name>" with the password "<password>"
      Then the player is told "Unknown username or wrong password."

      Examples:
        | attempt                       | name   | password         |
        | Mira's name, a wrong password | Mira   | not-her-password |
        | a name nobody has             | Nobody | dragonfire-oath  |
        | a password too short to exist | Mira   | short            |

  Rule: A renewal token works once; a replayed renewal token ends that login

    Example: Mira renews her session
      Given Mira has logged in
      When Mira renews her session
      Then Mira gets a new session pass and a new renewal token

    Example: A renewal token used a second time ends the whole login
      Given Mira has logged in
      And Mira has renewed her session
      When someone renews a session with Mira's first renewal token
      Then they are told the renewal token was already used
      And Mira can no longer renew her session

  Rule: Logging out ends the session

    Example: Mira logs out
      Given Mira has logged in
      When Mira logs out
      Then Mira can no longer renew her session

    Example: Logging out twice is harmless
      Given Mira has logged in
      And Mira has logged out
      When Mira logs out again
      Then Mira can no longer renew her session

  Rule: A session pass lasts 15 minutes; renewing gets a fresh one

    Example: A pass 14 minutes old still lets Mira in
      Given Mira logged in 14 minutes ago
      When Mira comes back with her session pass
      Then Mira is let in as "Mira"

    Example: A pass 16 minutes old is refused
      Given Mira logged in 16 minutes ago
      When Mira comes back with her session pass
      Then Mira is told her session pass is no longer valid

    Example: Renewing after the pass ran out lets Mira back in
      Given Mira logged in 16 minutes ago
      When Mira renews her session
      Then Mira is let in as "Mira"
