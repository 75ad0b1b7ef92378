import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IntroductionRequestEntity } from './introduction-request.entity';
import { PlacementStepEntity } from './placement-step.entity';
import { PlacementEntity } from './placement.entity';

/** Voordrachten, their status history and instruments, and the employers' introduction requests. */
@Module({
  imports: [TypeOrmModule.forFeature([PlacementEntity, PlacementStepEntity, IntroductionRequestEntity])],
})
export class PlacementsModule {}
