"""Chat-model backends behind the langchain-core `BaseChatModel` interface."""
