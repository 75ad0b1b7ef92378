import { registerEnumType } from '@nestjs/graphql';
import { Opleidingsniveau } from './opleidingsniveau';
import { Rijbewijs } from './rijbewijs';
import { Taalniveau } from './taalniveau';

registerEnumType(Taalniveau, { name: 'Taalniveau', description: 'Dutch language level, CEFR scale A1 < A2 < B1 < B2 < C1 < C2.' });
registerEnumType(Opleidingsniveau, {
  name: 'Opleidingsniveau',
  description: 'Highest completed education. MBO2 and up, HAVO and VWO give a startkwalificatie.',
});
registerEnumType(Rijbewijs, { name: 'Rijbewijs', description: 'Driving licence category.' });

export { Opleidingsniveau, Rijbewijs, Taalniveau };
