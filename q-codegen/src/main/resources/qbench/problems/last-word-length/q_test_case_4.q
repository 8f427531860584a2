result:solve["luffy is still joyboy"];
show result;
